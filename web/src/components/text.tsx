/** Free text from the API (Swedish, as the municipality wrote it): blank lines make paragraphs, line breaks stay. */
export function Paragraphs({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((paragraph, i) => (
        <p key={i} class="prose" lang="sv">
          {paragraph}
        </p>
      ))}
    </>
  );
}
