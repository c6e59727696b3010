import { listGoals } from '../api/goals';
import { listMunicipalities, type Municipality } from '../api/municipalities';
import { listPromises } from '../api/promises';
import { AsyncStatus, useAsync } from '../components/async';
import { usePageTitle } from '../components/Layout';
import { useI18n } from '../i18n/i18n';
import { href } from '../router';

interface Published {
  municipality: Municipality;
  promises: number;
  goals: number;
}

/** The municipalities with a published promise or goal, by name; signed-in readers see only what is published here too. */
async function loadPublished(): Promise<Published[]> {
  const [municipalities, promises, goals] = await Promise.all([listMunicipalities(), listPromises(), listGoals()]);
  const count = (items: { municipalityId: string; published: boolean }[], id: string) =>
    items.filter((item) => item.published && item.municipalityId === id).length;
  return municipalities
    .map((municipality) => ({
      municipality,
      promises: count(promises, municipality.id),
      goals: count(goals, municipality.id),
    }))
    .filter((entry) => entry.promises + entry.goals > 0)
    .sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'sv'));
}

/** The counties (the first two digits of a municipality's code) of these municipalities, with their names. */
function counties(municipalities: readonly Municipality[]): [string, string][] {
  const found = new Map<string, string>();
  for (const m of municipalities) if (!found.has(m.code.slice(0, 2))) found.set(m.code.slice(0, 2), m.county);
  return [...found.entries()].sort((a, b) => a[1].localeCompare(b[1], 'sv'));
}

export function StartPage() {
  const { t } = useI18n();
  usePageTitle(t('start.title'));
  const result = useAsync(loadPublished, []);

  return (
    <>
      <div class="page-intro">
        <h1>{t('start.title')}</h1>
        <p class="lead">{t('start.lead')}</p>
      </div>
      <section aria-labelledby="start-municipalities">
        <h2 id="start-municipalities">{t('start.municipalities')}</h2>
        <AsyncStatus result={result} />
        {result.state === 'done' &&
          (result.data.length === 0 ? (
            <p>{t('start.none')}</p>
          ) : (
            <ul class="card-list">
              {result.data.map(({ municipality, promises, goals }) => (
                <li key={municipality.id} class="card municipality-card">
                  <h3 class="card-title">
                    <a href={href('dashboard', { code: municipality.code })}>{municipality.name}</a>
                  </h3>
                  <p class="muted">{municipality.county}</p>
                  <p>
                    {t(promises === 1 ? 'start.promisesOne' : 'start.promisesMany', { count: promises })}
                    {' · '}
                    {t(goals === 1 ? 'start.goalsOne' : 'start.goalsMany', { count: goals })}
                  </p>
                </li>
              ))}
            </ul>
          ))}
      </section>
      {result.state === 'done' && result.data.length > 0 && (
        <section aria-labelledby="start-counties">
          <h2 id="start-counties">{t('start.counties')}</h2>
          <ul>
            {counties(result.data.map((entry) => entry.municipality)).map(([code, name]) => (
              <li key={code}>
                <a href={href('county', { code })}>{t('start.countyLink', { name })}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="start-about" class="about">
        <h2 id="start-about">{t('start.aboutTitle')}</h2>
        <p>{t('start.about1')}</p>
        <p>{t('start.about2')}</p>
        <p>
          <a href={href('plan')}>{t('start.planLink')}</a>
        </p>
      </section>
    </>
  );
}
