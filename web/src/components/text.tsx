import type { ComponentChildren } from 'preact';

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

/** One fact of a `<dl class="facts">`: its term and what it is. */
export function Fact({ term, lang, children }: { term: string; lang?: 'sv'; children: ComponentChildren }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd lang={lang}>{children}</dd>
    </div>
  );
}

/** A region of the page, named by its heading. */
export function Section({
  id,
  headingId,
  title,
  class: className = 'section',
  children,
}: {
  /** Where a link on the page leads to it. */
  id?: string;
  headingId: string;
  title: string;
  class?: string;
  children: ComponentChildren;
}) {
  return (
    <section id={id} class={className} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
