import { useState } from 'preact/hooks';
import { getMissingReport, missingCsvHref, type MissingReport } from '../api/reports';
import { AsyncStatus, useAsync } from '../components/async';
import { DataTable } from '../components/ChartFigure';
import { Section } from '../components/text';
import { useI18n } from '../i18n/i18n';

// Ej rapporterat: per lead organisation, the activities of published promises that have a target
// for the month and no outcome (GET /reports/missing), and the same rows as CSV.

const MONTH = /^[1-9]\d{3}-(0[1-9]|1[0-2])$/;

/** The month before today's, by the browser's clock: "2026-05" in June 2026. */
export function previousMonth(today = new Date()): string {
  const year = today.getFullYear();
  const month = today.getMonth(); // 0-based: the previous month's number, 1-based
  return month === 0 ? `${year - 1}-12` : `${year}-${String(month).padStart(2, '0')}`;
}

export function MissingReports({
  municipalityId,
  defaultMonth,
  reload,
}: {
  municipalityId: string;
  /** The last month that has ended, by the server's clock (else the browser's). */
  defaultMonth: string | null;
  /** Changes when a follow-up was saved: read again. */
  reload: number;
}) {
  const { t, fmt } = useI18n();
  const [typed, setTyped] = useState(defaultMonth ?? previousMonth());
  const month = MONTH.test(typed) ? typed : null;

  return (
    <Section headingId="missing-title" title={t('missing.title')}>
      <p class="muted">{t('missing.lead')}</p>
      <div class="chooser">
        <div class="field">
          <label for="missing-month">{t('missing.month')}</label>
          <input
            id="missing-month"
            type="month"
            value={typed}
            aria-invalid={month === null ? 'true' : undefined}
            aria-describedby={month === null ? 'missing-month-error' : 'missing-month-hint'}
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
          {month === null ? (
            <span id="missing-month-error" class="field-error">
              {t('missing.monthInvalid')}
            </span>
          ) : (
            <span id="missing-month-hint" class="field-hint">
              {t('missing.monthHint')}
            </span>
          )}
        </div>
      </div>
      {month && (
        <MissingList
          key={month}
          month={month}
          municipalityId={municipalityId}
          reload={reload}
          label={fmt.month(month)}
        />
      )}
    </Section>
  );
}

function MissingList({
  month,
  municipalityId,
  reload,
  label,
}: {
  month: string;
  municipalityId: string;
  reload: number;
  label: string;
}) {
  const { t, fmt } = useI18n();
  const report = useAsync<MissingReport>(
    () => getMissingReport(month, municipalityId),
    [month, municipalityId, reload],
  );
  const csv = (
    <p>
      <a href={missingCsvHref(month, municipalityId)} download="">
        {t('missing.downloadCsv')}
        <span class="visually-hidden">{t('missing.downloadCsvFor', { month: label })}</span>
      </a>
    </p>
  );

  if (report.state !== 'done') return <AsyncStatus result={report} />;
  const groups = report.data.organisations.filter((group) => group.activities.length > 0);
  const count = groups.reduce((sum, group) => sum + group.activities.length, 0);
  if (count === 0)
    return (
      <>
        <p>{t('missing.none', { month: label })}</p>
        {csv}
      </>
    );

  return (
    <>
      <p>{t('missing.summary', { month: label, count })}</p>
      {csv}
      {groups.map(({ organisation, activities }) => {
        const id = `missing-org-${organisation.id}`;
        return (
          <div key={organisation.id} class="missing-group">
            <h3 id={id}>
              <span lang="sv">{organisation.name}</span> ({activities.length})
            </h3>
            <DataTable
              labelledBy={id}
              class="missing-table"
              table={{
                columns: [
                  { label: t('missing.activity'), lang: 'sv' },
                  { label: t('missing.target'), numeric: true },
                  { label: t('missing.promises'), lang: 'sv' },
                ],
                rows: activities.map((activity) => ({
                  key: activity.id,
                  header: activity.title,
                  cells: [fmt.number(activity.target), fmt.list(activity.promises.map((promise) => promise.title))],
                })),
              }}
            />
          </div>
        );
      })}
    </>
  );
}
