// A catalog's part, made by web/vite.config.ts (messageParts): the public messages or the signed-in pages'.
declare module '*.json?part=public' {
  const messages: Record<string, string>;
  export default messages;
}
declare module '*.json?part=signed-in' {
  const messages: Record<string, string>;
  export default messages;
}
