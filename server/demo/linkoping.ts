import type { ActivityStatus, Direction } from '../db/schema.js';
import {
  LANSSTYRELSEN,
  LOKALPOLISOMRADE,
  SAKERHETSENHETEN,
  SOCIALFORVALTNINGEN,
  STANGASTADEN,
  UTBILDNINGSFORVALTNINGEN,
  type DemoOrganisation,
} from './data.js';

// Linköping's cooperation with the Police, as docs/domain.md tells it: the goal and
// its Medborgarenkäten figures, the samverkansöverenskommelse 2023–2026 with
// its prioritised areas, activities modelled on the medborgarlöfte 2023–2024,
// and the two promises. What the facts do not give (targets, monthly outcomes,
// later survey values, the 2025–2026 promise) is invented and says "demodata".

// ── The goal and its indicators ─────────────────────────────────────────────

export interface DemoIndicator {
  title: string;
  source: string;
  unit: string;
  direction: Direction;
  baseline: { period: string; value: number };
  target: { period: string; value: number };
  values: { period: string; women: number; men: number }[];
}

export const goal = {
  title: 'Ett attraktivt och tryggt Linköping',
  description:
    'Kommunövergripande mål för Linköpings kommun, som samverkan med Polisen och medborgarlöftena ska bidra till. ' +
    'Indikatorerna följer Medborgarenkäten uppdelat på kvinnor och män, eftersom kvinnor år efter år känner sig ' +
    'mindre trygga än män. Värdena för 2021 kommer från kommunens beslutsunderlag; utgångsläget är kvinnornas värde ' +
    '2021. Målvärdena för 2026 (samma nivå för kvinnor och män) och värdena för 2023 och 2025 är demodata.',
};

export const indicators: DemoIndicator[] = [
  {
    title: 'Andel som känner sig trygga på gator och torg',
    source: 'Medborgarenkäten (2021: Linköpings kommun; 2023 och 2025: demodata)',
    unit: 'procent',
    direction: 'increase',
    baseline: { period: '2021', value: 20 },
    target: { period: '2026', value: 40 },
    values: [
      { period: '2021', women: 20, men: 34 },
      { period: '2023', women: 22, men: 35 },
      { period: '2025', women: 26, men: 37 },
    ],
  },
  {
    title: 'Andel som känner sig trygga i stadens parker på kvällen',
    source: 'Medborgarenkäten (2021: Linköpings kommun; 2023 och 2025: demodata)',
    unit: 'procent',
    direction: 'increase',
    baseline: { period: '2021', value: 7 },
    target: { period: '2026', value: 30 },
    values: [
      { period: '2021', women: 7, men: 22 },
      { period: '2023', women: 9, men: 23 },
      { period: '2025', women: 12, men: 25 },
    ],
  },
];

// ── The agreement and its plan ──────────────────────────────────────────────

export const agreement = {
  title: 'Samverkansöverenskommelse 2023–2026 mellan Linköpings kommun och Lokalpolisområde Linköping',
  periodStart: '2023-01-01',
  periodEnd: '2026-12-31',
  status: 'active' as const,
  parties: [SAKERHETSENHETEN, LOKALPOLISOMRADE],
  summary: [
    'Överenskommelsen undertecknades i juni 2023 och gäller 2023–2026. Den bygger på en gemensam lägesbild och på ' +
      'kommunens ansvar enligt lag (2023:196) om kommuners ansvar för brottsförebyggande arbete: lägesbild, ' +
      'åtgärdsplan och samordning av det brottsförebyggande arbetet.',
    'Lägesbild i sammandrag. Fokus för perioden är organiserad brottslighet, välfärdsbrottslighet och otrygghet. ' +
      'Kriminella nätverk påverkar flera bostadsområden, och Skäggetorp finns på Polisens lista över särskilt ' +
      'utsatta områden. Kommunens verksamheter och utbetalningar ska inte kunna utnyttjas av kriminella aktörer. ' +
      'Otryggheten är stor: i Medborgarenkäten 2021 kände sig 20 % av kvinnorna och 34 % av männen trygga på gator ' +
      'och torg, och 7 % av kvinnorna och 22 % av männen i stadens parker på kvällen.',
    'Prioriterade områden: organiserad brottslighet; ANDTS (alkohol, narkotika, dopning, tobak, spel); otrygghet ' +
      'och brott i offentlig miljö; ungdomsbrottslighet.',
    'Styrning och uppföljning. KS presidium är politisk styrgrupp för samverkan med Polisen. En styrgrupp av ' +
      'förvaltningschefer och en lednings- och samordningsgrupp (SMS) leder arbetet, och EST-gruppen sammanställer ' +
      'en lägesbild varje vecka. Säkerhetsenheten vid Kommunledningsförvaltningen samordnar. Vissa aktiviteter ' +
      'följs upp månadsvis; medborgarlöftet följs upp tre gånger om året (per tertial).',
    '(Demo: sammanfattningen bygger på offentliga uppgifter; aktiviteternas månadsmål och utfall är demodata.)',
  ].join('\n\n'),
};

/** The prioritised areas, in the agreement's order. */
export const focusAreas = [
  {
    title: 'Organiserad brottslighet',
    description:
      'Försvåra för kriminella nätverk, motverka rekrytering av unga och skydda kommunens verksamheter mot ' +
      'välfärdsbrottslighet.',
  },
  {
    title: 'ANDTS (alkohol, narkotika, dopning, tobak, spel)',
    description: 'Upptäcka unga i riskzon för droganvändning och agera mot narkotika i skol- och krogmiljö.',
  },
  {
    title: 'Otrygghet och brott i offentlig miljö',
    description:
      'Tryggare gator, torg och parker, särskilt för kvinnor: belysning, skötsel, kameror, väktare och ' +
      'trafiksäkerhet.',
  },
  {
    title: 'Ungdomsbrottslighet',
    description:
      'Tidiga och samordnade insatser för unga som riskerar att hamna i kriminalitet, och stöd till föräldrar.',
  },
] as const;

export type FocusAreaIndex = 0 | 1 | 2 | 3;
export type Month = string;

/**
 * How the invented monthly outcomes behave: around `level` × target, give or
 * take `spread`; `july` scales July (summer holidays); `missingRate` is the
 * share of months never reported; `lateMonths` of the latest months are not
 * reported yet; `nullMonthsBack` are months (counted back from last month)
 * recorded as "not reported" (outcome null).
 */
export interface OutcomeProfile {
  level: number;
  spread: number;
  july?: number;
  missingRate?: number;
  lateMonths?: number;
  nullMonthsBack?: number[];
}

export interface DemoActivity {
  /** Stable name in the demo: promises refer to it, and it seeds the outcomes. */
  key: string;
  focusArea: FocusAreaIndex;
  title: string;
  description: string;
  lead: DemoOrganisation;
  partners: DemoOrganisation[];
  area: string | null;
  startDate: string | null;
  endDate: string | null;
  status: ActivityStatus;
  /** Public comment on the status. */
  comment?: string;
  published: boolean;
  measure?: {
    label: string;
    unit: string;
    monthlyTarget: number;
    /** Targets of calendar months that replace monthlyTarget in them every year ('07': July). */
    monthTargets?: Record<string, number>;
    /** Later targets; each holds from its month on. */
    changes?: { from: Month; monthlyTarget: number }[];
  };
  outcomes?: OutcomeProfile;
  /** Public comments some months carry: `comments` when the target is met, `lowComments` when not. */
  comments?: string[];
  lowComments?: string[];
  /** Internal notes a few months carry (never public). */
  notes?: string[];
}

const UNTIL_END = '2026-12-31';

export const activities: DemoActivity[] = [
  // Organiserad brottslighet
  {
    key: 'est',
    focusArea: 0,
    title: 'Veckovis lägesbild enligt EST (Effektiv samordning för trygghet)',
    description:
      'Lokala rapportörer från kommunen, Polisen och bostadsbolagen rapporterar varje vecka enligt en checklista. ' +
      'EST-gruppen sammanställer lägesbilden, analyserar den per tertial och föreslår nästa periods prioriteringar.',
    lead: SAKERHETSENHETEN,
    partners: [LOKALPOLISOMRADE, STANGASTADEN],
    area: null,
    startDate: '2023-01-01',
    endDate: UNTIL_END,
    status: 'ongoing',
    published: true,
    measure: { label: 'sammanställda veckolägesbilder', unit: 'antal', monthlyTarget: 4 },
    outcomes: { level: 1.05, spread: 0.15, july: 0.6, missingRate: 0.03 },
    comments: [
      'Lägesbilden sammanställd varje vecka och delad med SMS-gruppen.',
      'Fokus på Skäggetorp och Innerstaden efter oroligheter under helgerna.',
      'Rapporter från Stångåstaden och trygghetsväktarna ingår nu i lägesbilden.',
    ],
    lowComments: ['Färre rapportörer under semesterperioden; lägesbilden sammanställdes varannan vecka.'],
    notes: ['Tertialanalysen pekar på ökad oro kring Skäggetorps centrum – tas upp i styrgruppen.'],
  },
  {
    key: 'platssamverkan',
    focusArea: 0,
    title: 'Platssamverkan i Skäggetorp med gemensam lägesbild',
    description:
      'Kommunen, Polisen, fastighetsägare, föreningar och näringsliv i Skäggetorp delar lägesbild och planerar ' +
      'åtgärder tillsammans, med målet att Skäggetorp ska lämna Polisens lista över särskilt utsatta områden. ' +
      'Under 2024 ingick 16 parter.',
    lead: SAKERHETSENHETEN,
    partners: [LOKALPOLISOMRADE, STANGASTADEN, UTBILDNINGSFORVALTNINGEN],
    area: 'Skäggetorp',
    startDate: '2023-01-01',
    endDate: UNTIL_END,
    status: 'ongoing',
    published: true,
    measure: { label: 'möten i platssamverkan', unit: 'antal', monthlyTarget: 2 },
    outcomes: { level: 1, spread: 0.4, july: 0.5 },
    comments: [
      'Gemensam lägesbild med fastighetsägarna och föreningarna i Skäggetorp.',
      'Åtgärder kring Skäggetorps centrum följdes upp.',
      'Nya parter anslöt till platssamverkan.',
      'Mötet ägnades åt sommarens aktiviteter för unga.',
    ],
    lowComments: ['Ett möte ställdes in och ersattes av ett avstämningsmejl.'],
    notes: ['En part har ännu inte skrivit under avsiktsförklaringen – Säkerhetsenheten följer upp.'],
  },
  {
    key: 'valfard',
    focusArea: 0,
    title: 'Kontroller mot välfärdsbrottslighet vid utbetalningar och upphandling',
    description:
      'Säkerhetsenheten granskar, tillsammans med Polisen och Länsstyrelsen, utbetalningar, bidrag och leverantörer ' +
      'där det finns risk för att kriminella aktörer utnyttjar kommunens verksamheter. Arbetet publiceras inte, ' +
      'eftersom det skulle försvåra kontrollerna.',
    lead: SAKERHETSENHETEN,
    partners: [LOKALPOLISOMRADE, LANSSTYRELSEN],
    area: null,
    startDate: '2023-09-01',
    endDate: UNTIL_END,
    status: 'ongoing',
    published: false,
    measure: { label: 'granskade ärenden', unit: 'antal', monthlyTarget: 3 },
    outcomes: { level: 0.85, spread: 0.4, july: 0.3 },
    notes: [
      'Två ärenden överlämnade till Polisen för vidare utredning.',
      'Samordning med Länsstyrelsens regionala arbete mot organiserad brottslighet.',
    ],
  },

  // ANDTS
  {
    key: 'hund',
    focusArea: 1,
    title: 'Narkotikasök med hund i skolor',
    description:
      'Polisen genomför narkotikasök med hund i kommunens skolor i samråd med rektorerna, för att hitta unga som ' +
      'riskerar att hamna i droganvändning.',
    lead: LOKALPOLISOMRADE,
    partners: [UTBILDNINGSFORVALTNINGEN],
    area: null,
    startDate: '2023-01-01',
    endDate: UNTIL_END,
    status: 'ongoing',
    published: true,
    // The schools' summer break: no target in July.
    measure: { label: 'narkotikasök med hund', unit: 'antal', monthlyTarget: 2, monthTargets: { '07': 0 } },
    outcomes: { level: 1.1, spread: 0.5, july: 0 },
    comments: [
      'Sök genomförda på två gymnasieskolor; inga fynd.',
      'Sök genomförda i samråd med rektorerna.',
      'Fynd vid ett tillfälle; skolan och socialtjänsten har tagit ärendet vidare.',
    ],
    lowComments: ['Ett planerat sök ställdes in på grund av sjukdom hos hundföraren.'],
    notes: ['Skolan har lämnat uppgifter om oro kring en elevgrupp – följs upp i SMS.'],
  },
  {
    key: 'rutin',
    focusArea: 1,
    title: 'Rutin för att uppmärksamma droganvändning i skolan',
    description:
      'Utbildningsförvaltningen tar fram och inför en gemensam rutin för hur personalen i kommunens skolor ' +
      'uppmärksammar och agerar vid misstänkt droganvändning bland elever.',
    lead: UTBILDNINGSFORVALTNINGEN,
    partners: [SAKERHETSENHETEN],
    area: null,
    startDate: '2023-01-01',
    endDate: '2023-12-31',
    status: 'done',
    comment: 'Rutinen är beslutad och införd i kommunens grund- och gymnasieskolor.',
    published: true,
  },
  {
    key: 'krog',
    focusArea: 1,
    title: 'Gemensamma krogtillsyner',
    description:
      'Polisen och kommunens alkoholhandläggare gör gemensamma tillsyner på restauranger och krogar för att agera ' +
      'mot narkotikaförsäljning och -användning i krogmiljön och mot överservering.',
    lead: LOKALPOLISOMRADE,
    partners: [SAKERHETSENHETEN],
    area: 'Innerstaden',
    startDate: '2023-01-01',
    endDate: UNTIL_END,
    status: 'ongoing',
    published: true,
    measure: { label: 'gemensamma krogtillsyner', unit: 'antal', monthlyTarget: 4 },
    outcomes: { level: 0.95, spread: 0.35, nullMonthsBack: [10] },
    comments: [
      'Tillsyner i Innerstaden fredag och lördag kväll.',
      'Två krogar fick påpekanden om överservering.',
      'Inga större anmärkningar.',
      'Extra tillsyner i samband med studentfirandet.',
    ],
    lowComments: ['Färre tillsyner än planerat på grund av andra polisiära prioriteringar.'],
  },
  {
    key: 'aas',
    focusArea: 1,
    title: 'Utbildning i Ansvarsfull alkoholservering',
    description:
      'Kommunen erbjuder serveringspersonal och krögare utbildningen Ansvarsfull alkoholservering, med Polisen ' +
      'som medverkande.',
    lead: SAKERHETSENHETEN,
    partners: [LOKALPOLISOMRADE],
    area: 'Innerstaden',
    startDate: '2023-01-01',
    endDate: '2024-12-31',
    status: 'done',
    published: true,
    // No courses in the summer: no target in July.
    measure: { label: 'utbildade serveringspersonal', unit: 'antal', monthlyTarget: 6, monthTargets: { '07': 0 } },
    outcomes: { level: 1, spread: 0.6, july: 0 },
    comments: ['Utbildningstillfälle för serveringspersonal i Innerstaden.', 'Hög efterfrågan inför sommarsäsongen.'],
  },

  // Otrygghet och brott i offentlig miljö
  {
    key: 'platsbesiktning',
    focusArea: 2,
    title: 'Gemensamma platsbesiktningar: belysning, skötsel och städning',
    description:
      'Kommunen, Polisen och fastighetsägare besiktar otrygga platser tillsammans, till exempel Majeldstorget, och ' +
      'beställer åtgärder för belysning, skötsel och städning.',
    lead: SAKERHETSENHETEN,
    partners: [LOKALPOLISOMRADE, STANGASTADEN],
    area: 'Majeldstorget',
    startDate: '2023-01-01',
    endDate: UNTIL_END,
    status: 'ongoing',
    published: true,
    measure: { label: 'platsbesiktningar', unit: 'antal', monthlyTarget: 2 },
    outcomes: { level: 0.9, spread: 0.5 },
    comments: [
      'Platsbesiktning på Majeldstorget; belysningen vid cykelparkeringen byts ut.',
      'Buskage röjt och fler papperskorgar uppsatta efter besiktningen.',
      'Besiktning av gångstråk i Ryd; åtgärder beställda.',
      'Klotter sanerat inom ett dygn efter besiktningen.',
    ],
    lowComments: ['En besiktning flyttades till nästa månad.'],
  },
  {
    key: 'kamera',
    focusArea: 2,
    title: 'Utökad kamerabevakning på utsatta platser',
    description:
      'Polisen och kommunen utökar kamerabevakningen på platser där lägesbilden visar brott och otrygghet. ' +
      'Under 2024 fanns 6 fasta och 11 tillfälliga kameror.',
    lead: LOKALPOLISOMRADE,
    partners: [SAKERHETSENHETEN],
    area: 'Innerstaden',
    startDate: '2023-01-01',
    endDate: UNTIL_END,
    status: 'ongoing',
    comment: 'Tillfälliga kameror flyttas efter lägesbilden.',
    published: true,
  },
  {
    key: 'vakt-city',
    focusArea: 2,
    title: 'Trygghetsväktare i City',
    description: 'Trygghetsväktare patrullerar Innerstaden kvällar och helger och rapporterar till EST-lägesbilden.',
    lead: SAKERHETSENHETEN,
    partners: [LOKALPOLISOMRADE],
    area: 'Innerstaden',
    startDate: '2024-01-01',
    endDate: UNTIL_END,
    status: 'ongoing',
    published: true,
    measure: { label: 'kvällspass med trygghetsväktare', unit: 'antal', monthlyTarget: 20 },
    outcomes: { level: 1, spread: 0.15 },
    comments: ['Kvällspass fredag–lördag enligt plan.', 'Extra pass i samband med evenemang i City.'],
  },
  {
    key: 'vakt-ryd',
    focusArea: 2,
    title: 'Trygghetsväktare i Ryd',
    description: 'Trygghetsväktare patrullerar Ryd kvällstid och rapporterar till EST-lägesbilden.',
    lead: SAKERHETSENHETEN,
    partners: [LOKALPOLISOMRADE, STANGASTADEN],
    area: 'Ryd',
    startDate: '2024-01-01',
    endDate: UNTIL_END,
    status: 'ongoing',
    published: true,
    measure: { label: 'kvällspass med trygghetsväktare', unit: 'antal', monthlyTarget: 12 },
    outcomes: { level: 0.85, spread: 0.25, nullMonthsBack: [3] },
    comments: ['Pass enligt plan.'],
    lowComments: ['Färre pass på grund av sjukdom hos bevakningsbolaget.'],
    notes: ['Bemanningsproblem hos bevakningsbolaget – avtalsuppföljning påbörjad.'],
  },
  {
    key: 'vakt-skaggetorp',
    focusArea: 2,
    title: 'Trygghetsväktare i Skäggetorp',
    description: 'Trygghetsväktare patrullerar Skäggetorps centrum kvällstid och rapporterar till EST-lägesbilden.',
    lead: SAKERHETSENHETEN,
    partners: [LOKALPOLISOMRADE, STANGASTADEN],
    area: 'Skäggetorp',
    startDate: '2024-01-01',
    endDate: UNTIL_END,
    status: 'ongoing',
    published: true,
    measure: { label: 'kvällspass med trygghetsväktare', unit: 'antal', monthlyTarget: 16 },
    outcomes: { level: 1, spread: 0.2 },
    comments: ['Väktarna deltog i trygghetsvandringen.', 'Pass enligt plan.'],
  },
  {
    key: 'vandring',
    focusArea: 2,
    title: 'Trygghetsvandringar i Skäggetorp',
    description:
      'Boende, Stångåstaden, kommunen och Polisen går tillsammans genom området och pekar ut otrygga platser. ' +
      'Vandringar med kvinnor i området ingår, eftersom kvinnor känner sig mindre trygga.',
    lead: SAKERHETSENHETEN,
    partners: [LOKALPOLISOMRADE, STANGASTADEN],
    area: 'Skäggetorp',
    startDate: '2023-01-01',
    endDate: UNTIL_END,
    status: 'ongoing',
    published: true,
    measure: {
      label: 'trygghetsvandringar',
      unit: 'antal',
      monthlyTarget: 2,
      changes: [{ from: '2025-01', monthlyTarget: 3 }],
    },
    outcomes: { level: 1, spread: 0.4, july: 0.5 },
    comments: [
      'Trygghetsvandring med boende och Stångåstaden.',
      'Vandring med fokus på belysningen längs gång- och cykelvägarna.',
      'Vandring tillsammans med kvinnor i området, som pekade ut mörka passager.',
    ],
    lowComments: ['En vandring ställdes in på grund av ovädret; ny tid är bokad.'],
  },
  {
    key: 'parker',
    focusArea: 2,
    title: 'Tryggare parker på kvällen',
    description:
      'Belysning, röjning och trygghetsvandringar i stadens parker, till exempel Trädgårdsföreningen, med ' +
      'kvinnors upplevda trygghet som utgångspunkt.',
    lead: SAKERHETSENHETEN,
    partners: [LOKALPOLISOMRADE],
    area: 'Innerstaden',
    startDate: '2025-03-01',
    endDate: UNTIL_END,
    status: 'delayed',
    comment: 'Upphandlingen av ny belysning har dragit ut på tiden (demodata).',
    published: true,
    measure: { label: 'åtgärdade platser i parker', unit: 'antal', monthlyTarget: 2 },
    outcomes: { level: 0.45, spread: 0.6 },
    comments: ['Belysningsinventering klar.', 'Buskage röjt längs parkstråket.'],
    lowComments: ['Upphandlingen av ny belysning pågår; åtgärderna väntar på den.'],
    notes: ['Upphandlingen överklagad – förseningen kan bli ett halvår.'],
  },
  {
    key: 'kamera-berga',
    focusArea: 2,
    title: 'Kamerabevakning i Berga centrum',
    description: 'Förslag om kamerabevakning i Berga centrum. Publiceras när beslutet är fattat.',
    lead: LOKALPOLISOMRADE,
    partners: [SAKERHETSENHETEN],
    area: 'Berga',
    startDate: null,
    endDate: null,
    status: 'planned',
    published: false,
  },
  {
    key: 'trafik',
    focusArea: 2,
    title: 'Trafikkontroller vid skolor och i bostadsområden',
    description: 'Hastighets- och nykterhetskontroller vid skolor och i bostadsområden, bland annat i Ryd och Berga.',
    lead: LOKALPOLISOMRADE,
    partners: [],
    area: 'Ryd',
    startDate: '2023-01-01',
    endDate: '2024-12-31',
    status: 'done',
    published: true,
    measure: { label: 'trafikkontroller', unit: 'antal', monthlyTarget: 8 },
    outcomes: { level: 1.1, spread: 0.3, july: 0.6 },
    comments: ['Hastighetskontroller vid skolor i Ryd och Berga.', 'Kontroller vid skolstarten.'],
  },
  {
    key: 'cykel',
    focusArea: 2,
    title: 'Kontroller av cyklister och elsparkcyklar i City',
    description: 'Kontroller och information om cykelbelysning och elsparkcyklar i Innerstaden.',
    lead: LOKALPOLISOMRADE,
    partners: [SAKERHETSENHETEN],
    area: 'Innerstaden',
    startDate: '2023-01-01',
    endDate: '2024-12-31',
    status: 'done',
    published: true,
    measure: { label: 'kontroller av cyklister och elsparkcyklar', unit: 'antal', monthlyTarget: 4 },
    outcomes: { level: 0.9, spread: 0.5 },
    comments: ['Fokus på cykelbelysning under de mörka månaderna.', 'Informationsinsats tillsammans med kommunen.'],
  },

  // Ungdomsbrottslighet
  {
    key: 'sspf',
    focusArea: 3,
    title: 'SSPF – skola, socialtjänst, polis och fritid i Berga',
    description:
      'Samordnade insatser för unga som riskerar att hamna i kriminalitet, med skola, socialtjänst, polis och fritid ' +
      'runt samma bord.',
    lead: SOCIALFORVALTNINGEN,
    partners: [LOKALPOLISOMRADE, UTBILDNINGSFORVALTNINGEN],
    area: 'Berga',
    startDate: '2025-01-01',
    endDate: UNTIL_END,
    status: 'ongoing',
    published: true,
    measure: { label: 'SSPF-möten', unit: 'antal', monthlyTarget: 4 },
    outcomes: { level: 0.95, spread: 0.3, july: 0.25 },
    comments: ['SSPF-möten enligt plan.', 'Uppföljning av pågående insatser.'],
    notes: ['Fler unga aktualiserade än planerat – resursfrågan lyfts till styrgruppen.'],
  },
  {
    key: 'foraldrar',
    focusArea: 3,
    title: 'Föräldrastöd och nattvandring i Skäggetorp',
    description:
      'Föräldraträffar och nattvandringar tillsammans med föreningar i Skäggetorp, för att stärka vuxennärvaron ' +
      'kvällstid.',
    lead: SOCIALFORVALTNINGEN,
    partners: [STANGASTADEN],
    area: 'Skäggetorp',
    startDate: '2025-01-01',
    endDate: UNTIL_END,
    status: 'ongoing',
    published: true,
    measure: { label: 'föräldraträffar och nattvandringar', unit: 'antal', monthlyTarget: 3 },
    outcomes: { level: 0.9, spread: 0.4, july: 0.3, lateMonths: 2 },
    comments: ['Föräldraträff i Skäggetorps centrum.', 'Nattvandring tillsammans med föreningarna i området.'],
  },
];

// ── The citizen promises ────────────────────────────────────────────────────

export interface DemoPromise {
  title: string;
  periodStart: string;
  periodEnd: string;
  text: string;
  /** Activity keys, in the promise's order. */
  activities: string[];
  /** The verdict and its motivation (demodata), given when the demo is loaded. */
  assessment?: 'notStarted' | 'onTrack' | 'atRisk' | 'delayed' | 'kept' | 'partlyKept' | 'notKept';
  assessmentNote?: string;
}

export const promises: DemoPromise[] = [
  {
    title: 'Medborgarlöfte 2023–2024: narkotika, trygghet och trafiksäkerhet',
    periodStart: '2023-01-01',
    periodEnd: '2024-12-31',
    text: [
      'Situationen idag',
      'Många Linköpingsbor känner sig otrygga, särskilt kvinnor: i Medborgarenkäten 2021 kände sig 20 % av ' +
        'kvinnorna och 34 % av männen trygga på gator och torg, och 7 % av kvinnorna och 22 % av männen i stadens ' +
        'parker på kvällen. Narkotika förekommer bland unga och i krogmiljön, och trafiken oroar i flera ' +
        'bostadsområden.',
      'Vi lovar att hitta unga som riskerar att hamna i droganvändning och agera mot försäljning och användning av ' +
        'narkotika i anslutning till restauranger och krogar.\n' +
        '– Narkotikasök med hund i skolor (Polisen)\n' +
        '– Rutin för att uppmärksamma droganvändning i kommunens skolor (Kommunen)\n' +
        '– Gemensamma krogtillsyner och utbildning i Ansvarsfull alkoholservering (Polisen och Kommunen)',
      'Vi lovar att öka tryggheten på offentliga platser.\n' +
        '– Gemensamma platsbesiktningar som leder till åtgärder för belysning, skötsel och städning, till exempel ' +
        'på Majeldstorget (Polisen och Kommunen)\n' +
        '– Mer kamerabevakning (Polisen och Kommunen)\n' +
        '– Platssamverkan i Skäggetorp med gemensam lägesbild och trygghetsvandringar (Polisen, Kommunen och ' +
        'fastighetsägarna)',
      'Vi lovar att öka trafiksäkerheten.\n' +
        '– Trafikkontroller vid skolor och i bostadsområden, och kontroller av cyklister och elsparkcyklar i City ' +
        '(Polisen)',
      'Löftet följs upp tre gånger om året. (Demo: texten sammanfattar Linköpings medborgarlöfte 2023–2024; ' +
        'månadsmål och utfall i Löfteskollen är demodata.)',
    ].join('\n\n'),
    activities: [
      'hund',
      'rutin',
      'krog',
      'aas',
      'platsbesiktning',
      'kamera',
      'platssamverkan',
      'vandring',
      'trafik',
      'cykel',
    ],
    assessment: 'partlyKept',
    assessmentNote:
      'Narkotikasöken, krogtillsynerna och platsbesiktningarna genomfördes, men trafikkontrollerna blev färre än ' +
      'utlovat. (Demodata.)',
  },
  {
    title: 'Medborgarlöfte 2025–2026: tryggt i Skäggetorp, i parkerna och för unga (demodata)',
    periodStart: '2025-01-01',
    periodEnd: '2026-12-31',
    text: [
      'Detta medborgarlöfte är påhittat för demonstrationen av Löfteskollen (demodata).',
      'Situationen idag',
      'Otryggheten har minskat något sedan 2021 men är fortfarande stor, och störst bland kvinnor i parker på ' +
        'kvällen. Skäggetorp finns kvar på Polisens lista över särskilt utsatta områden, och unga rekryteras till ' +
        'kriminalitet och narkotikaförsäljning.',
      'Vi lovar att fortsätta arbetet för att Skäggetorp ska lämna listan över särskilt utsatta områden.\n' +
        '– Platssamverkan i Skäggetorp, trygghetsvandringar och trygghetsväktare (Kommunen, Polisen och Stångåstaden)\n' +
        '– Föräldrastöd och nattvandring (Kommunen)',
      'Vi lovar att göra parker, torg och stråk tryggare på kvällen, särskilt för kvinnor.\n' +
        '– Tryggare parker, platsbesiktningar och trygghetsväktare i City och Ryd (Kommunen och Polisen)',
      'Vi lovar att minska ungas väg in i narkotika och kriminalitet.\n' +
        '– Narkotikasök med hund i skolor, gemensamma krogtillsyner och SSPF i Berga (Polisen och Kommunen)\n' +
        '– En gemensam lägesbild varje vecka (EST)',
    ].join('\n\n'),
    activities: [
      'platssamverkan',
      'vandring',
      'vakt-skaggetorp',
      'foraldrar',
      'parker',
      'platsbesiktning',
      'vakt-city',
      'vakt-ryd',
      'kamera-berga',
      'hund',
      'krog',
      'sspf',
      'est',
    ],
    assessment: 'onTrack',
    assessmentNote:
      'De flesta aktiviteterna följer planen; trygghetsvandringarna i Skäggetorp behöver bli fler under hösten. ' +
      '(Demodata.)',
  },
];
