import type { Executor } from '../db/database.js';
import type { ProblemCategory } from '../db/schema.js';
import { currentMonth, tertialOf } from '../progress/months.js';

// Linköping's lägesbild for 2024, as the security unit might have written it:
// the problems docs/domain.md names (drug sales around restaurants and schools,
// insecurity in public places in Skäggetorp and the city centre, traffic safety,
// youth crime, and welfare crime, kept internal), their causes, which of the
// 2025–2026 activities act on each, and the agreement's tertial analyses of 2026.
// Traffic safety is left without a measure on purpose: the 2023–2024 traffic
// controls ended, and the plan has nothing for it now. The texts are demodata.

interface DemoProblem {
  title: string;
  description: string;
  category: ProblemCategory;
  areas: string[];
  causes: { title: string; description?: string }[];
  published: boolean;
  internalNote?: string;
  /** The activities (by key) acting on the problem, each with the causes (by index) it acts on. */
  actedOnBy: Record<string, number[]>;
}

export const situationReport = {
  title: 'Lägesbild 2024: brott och otrygghet i Linköping (demodata)',
  periodStart: '2024-01-01',
  periodEnd: '2024-12-31',
  mapping: [
    'Kartläggningen bygger på anmälda brott, Polisens lokala lägesbild, EST-gruppens veckovisa lägesbilder, ' +
      'Medborgarenkäten och rapporter från skolor, socialtjänst och bostadsbolag.',
    'Narkotika säljs och används i krogmiljön i Innerstaden och i anslutning till skolor. Otryggheten är störst ' +
      'i Skäggetorps centrum och längs dess gångstråk, på torg och i parker i Innerstaden på kvällen, och den är ' +
      'större bland kvinnor än bland män. Hastigheter vid skolor och cyklister utan belysning i City oroar. Unga ' +
      'rekryteras till kriminella nätverk och till narkotikaförsäljning.',
    '(Demo: kartläggningen är påhittad för demonstrationen men följer de offentliga uppgifterna om Linköping.)',
  ].join('\n\n'),
  analysis: [
    'Problemen hänger ihop: öppen narkotikahandel och kriminella nätverk gör platser otrygga, och unga som ' +
      'rekryteras håller handeln vid liv. Åtgärderna behöver riktas mot orsakerna – mörka och eftersatta miljöer, ' +
      'låg vuxennärvaro kvällstid och sen, splittrad samordning kring unga – inte bara mot händelserna.',
    'Åtgärdsplanen 2025–2026 i samverkansöverenskommelsen svarar på lägesbilden. (Demodata.)',
  ].join('\n\n'),
  sources: [
    { title: 'Medborgarenkäten, Linköpings kommun', url: 'https://www.linkoping.se' },
    { title: 'Polisens lokala lägesbild för Lokalpolisområde Linköping', url: 'https://polisen.se' },
    { title: 'EST-gruppens veckovisa lägesbilder 2024' },
  ],
  status: 'adopted' as const,
  adoptedAt: '2025-02-10',
  adoptedBy: 'Kommunstyrelsen',
  internalNote:
    'Polisens underrättelseuppgifter om nätverken i Skäggetorp finns hos Säkerhetsenheten och ingår inte i den ' +
    'publicerade lägesbilden. (Demodata.)',
  published: true,
};

export const demoProblems: DemoProblem[] = [
  {
    title: 'Narkotikaförsäljning och -användning i krogmiljön och kring skolor',
    description: 'Narkotika säljs och används i och runt krogar i Innerstaden och i anslutning till skolor.',
    category: 'drugs',
    areas: ['Innerstaden'],
    causes: [
      { title: 'Efterfrågan bland unga och i krogmiljön' },
      { title: 'Droganvändning bland elever upptäcks sent' },
      { title: 'Överservering och svag kontroll på krogarna sena kvällar' },
    ],
    published: true,
    actedOnBy: { hund: [1], krog: [0, 2] },
  },
  {
    title: 'Otrygghet på offentliga platser i Skäggetorp',
    description:
      'Boende, särskilt kvinnor, undviker Skäggetorps centrum och gångstråken kvällstid. Skäggetorp finns på ' +
      'Polisens lista över särskilt utsatta områden.',
    category: 'insecurity',
    areas: ['Skäggetorp'],
    causes: [
      { title: 'Mörka och eftersatta miljöer kring centrum och gångstråk' },
      { title: 'Öppen narkotikahandel och kriminella nätverks närvaro' },
      { title: 'Låg vuxennärvaro kvällstid' },
    ],
    published: true,
    actedOnBy: { platssamverkan: [0, 1], vandring: [0], 'vakt-skaggetorp': [2], foraldrar: [2] },
  },
  {
    title: 'Otrygghet på gator, torg och i parker i Innerstaden och Ryd på kvällen',
    description:
      'I Medborgarenkäten känner sig kvinnor betydligt mindre trygga än män på gator och torg och i stadens parker ' +
      'på kvällen.',
    category: 'insecurity',
    areas: ['Innerstaden', 'Majeldstorget', 'Ryd'],
    causes: [
      { title: 'Dålig belysning och skymd sikt i parker och på torg' },
      { title: 'Berusning och bråk kring krogarna sena kvällar' },
    ],
    published: true,
    actedOnBy: { parker: [0], platsbesiktning: [0], kamera: [1], 'vakt-city': [1], 'vakt-ryd': [] },
  },
  {
    title: 'Trafiksäkerhet vid skolor och i bostadsområden',
    description: 'Höga hastigheter vid skolor i Ryd och Berga, och cyklister och elsparkcyklar utan belysning i City.',
    category: 'traffic',
    areas: ['Ryd', 'Berga', 'Innerstaden'],
    causes: [
      { title: 'Höga hastigheter vid skolor' },
      { title: 'Cyklister och elsparkcyklar utan belysning under den mörka årstiden' },
    ],
    published: true,
    // On purpose: no activity of the 2025–2026 plan acts on it (the traffic controls ended in 2024).
    actedOnBy: {},
  },
  {
    title: 'Unga som dras in i kriminalitet',
    description: 'Unga i Berga och Skäggetorp rekryteras till kriminella nätverk och till narkotikaförsäljning.',
    category: 'youth',
    areas: ['Berga', 'Skäggetorp'],
    causes: [
      { title: 'Rekrytering till kriminella nätverk och narkotikaförsäljning' },
      { title: 'Sen och splittrad samordning mellan skola, socialtjänst, polis och fritid' },
    ],
    published: true,
    actedOnBy: { sspf: [0, 1], foraldrar: [0] },
  },
  {
    title: 'Välfärdsbrottslighet mot kommunens utbetalningar och upphandlingar',
    description: 'Kriminella aktörer försöker utnyttja kommunens bidrag, utbetalningar och leverantörer.',
    category: 'welfareCrime',
    areas: [],
    causes: [{ title: 'Svaga kontroller av bidragsmottagare och leverantörer' }],
    published: false,
    internalNote: 'Publiceras inte: beskrivningen skulle visa var kontrollerna är svaga. (Demodata.)',
    actedOnBy: { valfard: [0] },
  },
];

/** The analysis of a tertial of 2026, for the demo's agreement. */
const TERTIAL_REVIEWS: Record<string, { text: string; priorities: string }> = {
  '2026-T1': {
    text:
      'Trygghetsvandringarna och platssamverkan i Skäggetorp gick enligt plan, och väktarpassen i City och ' +
      'Skäggetorp genomfördes nästan fullt ut. Narkotikasöken i skolorna och krogtillsynerna låg nära målen. ' +
      'Tryggare parker ligger efter: upphandlingen av belysning drar ut på tiden. Föräldrastödet rapporteras sent. ' +
      'Trafiksäkerheten, ett av lägesbildens problem, saknar fortfarande en åtgärd. (Demodata.)',
    priorities:
      'Belysningen i parkerna före hösten. En åtgärd för trafiksäkerheten vid skolorna. Rapportera ' +
      'föräldrastödet i tid.',
  },
  '2026-T2': {
    text:
      'Sommaren gav färre möten i platssamverkan och färre vandringar, som planerat. Väktarna i Ryd hade ' +
      'bemanningsproblem. Krogtillsynerna under studentfirandet fungerade väl. Parkbelysningen är fortfarande ' +
      'försenad. (Demodata.)',
    priorities: 'Väktarbemanningen i Ryd. Parkbelysningen. Förbered årsanalysen och nästa lägesbild.',
  },
};
/** The analysis of the tertial under way: a draft, never public. */
const DRAFT = { text: 'Utkast: analysen skrivs klart när tertialet är slut. (Demodata.)', priorities: '' };
const TERTIALS_OF_2026 = ['2026-T1', '2026-T2', '2026-T3'];

/**
 * Inserts the lägesbild, its problems and causes, the ties of the agreement's
 * activities to them, and the analyses of the tertials of 2026: final and
 * published for those that have ended by `at`, a draft for the one under way.
 */
export async function insertSituation(
  trx: Executor,
  demo: { at: Date; linkopingId: string; agreementId: string; activityIds: ReadonlyMap<string, string> },
) {
  const stamps = { createdAt: demo.at, updatedAt: demo.at };
  const { sources, ...columns } = situationReport;
  const report = await trx
    .insertInto('situationReports')
    .values({ municipalityId: demo.linkopingId, ...columns, sources: JSON.stringify(sources), ...stamps })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [position, problem] of demoProblems.entries()) {
    const row = await trx
      .insertInto('problems')
      .values({
        situationReportId: report.id,
        title: problem.title,
        description: problem.description,
        category: problem.category,
        areas: problem.areas,
        position,
        internalNote: problem.internalNote ?? '',
        published: problem.published,
        ...stamps,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const causes = await trx
      .insertInto('problemCauses')
      .values(problem.causes.map((cause, index) => ({ problemId: row.id, ...cause, position: index })))
      .returning(['id', 'position'])
      .execute();
    const causeId = (index: number) => causes.find((cause) => cause.position === index)!.id;
    for (const [key, causeIndexes] of Object.entries(problem.actedOnBy)) {
      const activityId = demo.activityIds.get(key);
      if (!activityId) throw new Error(`demo: a problem names unknown activity ${key}`);
      await trx.insertInto('activityProblems').values({ activityId, problemId: row.id }).execute();
      if (causeIndexes.length > 0) {
        await trx
          .insertInto('activityCauses')
          .values(causeIndexes.map((index) => ({ activityId, causeId: causeId(index) })))
          .execute();
      }
    }
  }
  await trx
    .updateTable('agreements')
    .set({ situationReportId: report.id })
    .where('id', '=', demo.agreementId)
    .execute();
  await insertReviews(trx, demo.agreementId, demo.at);
}

async function insertReviews(trx: Executor, agreementId: string, at: Date) {
  const now = tertialOf(currentMonth(at));
  const reviews = TERTIALS_OF_2026.flatMap((period) => {
    const ended = period < now;
    const review = ended ? TERTIAL_REVIEWS[period] : period === now ? DRAFT : undefined;
    if (!review) return [];
    const status = ended ? ('final' as const) : ('draft' as const);
    return [{ agreementId, period, ...review, status, published: ended, createdAt: at, updatedAt: at }];
  });
  if (reviews.length > 0) await trx.insertInto('reviews').values(reviews).execute();
}
