/**
 * How the centres' services are used, in rough proportions from IOM Somalia's MRC description and
 * DESIGN.md §1: nearly everyone is screened, counselled and given a hygiene kit and NFIs on arrival;
 * a minority see the nurse, a smaller one MHPSS staff; most children at Bossaso are unaccompanied.
 */

/** Days a migrant stays in the centre's care (most stays are short: people continue their journey). */
export const STAY_DAYS: readonly (readonly [readonly [number, number], number])[] = [
  [[0, 2], 50],
  [[3, 9], 32],
  [[10, 30], 14],
  [[31, 90], 4],
];

/** Share of children (under 18 at registration) who arrive without any adult, per centre. */
export const UNACCOMPANIED_CHILD_SHARE: Record<string, number> = { bossaso: 0.8, hargeisa: 0.6, mogadishu: 0.5 };
export const DEFAULT_UNACCOMPANIED_CHILD_SHARE = 0.6;
/** Share of children separated from their parents but travelling with another adult relative. */
export const SEPARATED_CHILD_SHARE = 0.1;
/** Share of migrants whose screening shows trafficking indicators (women more often). */
export const TRAFFICKING_INDICATOR_SHARE = { FEMALE: 0.08, MALE: 0.03 } as const;

export const LANGUAGES_BY_REGION: Record<string, readonly string[]> = {
  Oromia: ['Oromo'],
  Amhara: ['Amharic'],
  Tigray: ['Tigrinya'],
  SNNPR: ['Amharic'],
  Somali: ['Somali'],
  'Dire Dawa': ['Amharic', 'Oromo'],
};
export const LANGUAGES_BY_NATIONALITY: Record<string, readonly string[]> = {
  SOM: ['Somali'],
  ERI: ['Tigrinya'],
  DJI: ['Somali', 'French'],
  YEM: ['Arabic'],
  SDN: ['Arabic'],
};

export const CLOSED_REASONS = [
  ['Continued the journey', 55],
  ['Left the centre without notice', 20],
  ['Services completed', 20],
  ['Returned home on own means', 5],
] as const;
export const TRANSFER_DESTINATIONS = ['Partner shelter', 'Another MRC', 'Government child protection services'] as const;

/** Partner organisations each centre refers to, and what they offer. */
export const PARTNERS: readonly { name: (site: string) => string; services: readonly string[]; contact: string }[] = [
  { name: (site) => `${site} General Hospital`, services: ['MEDICAL'], contact: 'Referral desk' },
  { name: (site) => `${site} community shelter`, services: ['SHELTER'], contact: 'Shelter coordinator' },
  { name: () => 'Somali Red Crescent Society', services: ['FAMILY_TRACING', 'MEDICAL'], contact: 'Restoring Family Links officer' },
  { name: () => 'Child protection partner', services: ['PROTECTION', 'SHELTER', 'FAMILY_TRACING'], contact: 'Case management focal point' },
  { name: () => 'Legal aid clinic', services: ['LEGAL', 'PROTECTION'], contact: 'Duty lawyer' },
  { name: () => 'Mental health partner', services: ['MHPSS'], contact: 'Clinical psychologist' },
];

/** What the centre stocks (names as a centre's stock list writes them). */
export const STOCK_ITEMS = [
  { name: 'Hygiene kit (standard)', category: 'HYGIENE', unit: 'kit', lowStockThreshold: 60 },
  { name: 'Dignity kit (women and girls)', category: 'HYGIENE', unit: 'kit', lowStockThreshold: 20 },
  { name: 'Fleece blanket', category: 'NFI', unit: 'piece', lowStockThreshold: 50 },
  { name: 'Sleeping mat', category: 'NFI', unit: 'piece', lowStockThreshold: 40 },
  { name: 'Clothing set (adult)', category: 'NFI', unit: 'set', lowStockThreshold: 30 },
  { name: 'Jerrycan, 20 litres', category: 'NFI', unit: 'piece', lowStockThreshold: 20 },
] as const;
export const STOCK_SOURCES = ['IOM Nairobi regional warehouse', 'IOM Hargeisa warehouse', 'Local procurement', 'Donor in-kind consignment'] as const;

export const PRESENTING_COMPLAINTS = [
  ['Dehydration and exhaustion', 24],
  ['Blistered and infected feet', 16],
  ['Malaria symptoms', 10],
  ['Acute watery diarrhoea', 10],
  ['Respiratory infection', 10],
  ['Wounds from physical abuse', 8],
  ['Skin infection', 8],
  ['Malnutrition', 6],
  ['Pregnancy check-up', 4],
  ['Chronic condition follow-up', 4],
] as const;
export const TREATMENTS = ['Oral rehydration, rest', 'Wound dressing', 'Antimalarial course', 'Antibiotics course', 'Nutritional supplement', 'Paracetamol, rest'] as const;
export const HEALTH_FACILITIES = (site: string) => [`${site} General Hospital`, `${site} MCH clinic`, 'Partner TB clinic'];

export const MHPSS_SESSION_TYPES = [
  ['PSYCHOLOGICAL_FIRST_AID', 40],
  ['COUNSELLING', 30],
  ['PSYCHOEDUCATION', 15],
  ['FOLLOW_UP', 10],
  ['SPECIALISED_REFERRAL', 5],
] as const;
export const MHPSS_GROUP_TYPES = [
  ['SUPPORT_GROUP', 35],
  ['PSYCHOEDUCATION', 25],
  ['RECREATIONAL', 15],
  ['SPORTS', 15],
  ['ART_AND_CULTURE', 10],
] as const;

export const AWARENESS_TOPICS = [
  ['RISKS_OF_IRREGULAR_MIGRATION', 30],
  ['SAFE_MIGRATION', 20],
  ['TRAFFICKING', 15],
  ['AVR', 12],
  ['HEALTH', 10],
  ['RIGHTS', 6],
  ['GBV', 5],
  ['OTHER', 2],
] as const;
export const AWARENESS_PLACES = (site: string) => ['MRC compound', `${site} port area`, `${site} bus station`, 'Community hall', 'Transit area'];

export const TRAFFICKING_ACTS = ['RECRUITMENT', 'TRANSPORT', 'TRANSFER', 'HARBOURING', 'RECEIPT'] as const;
export const TRAFFICKING_MEANS = ['THREAT', 'FORCE', 'COERCION', 'ABDUCTION', 'FRAUD', 'DECEPTION', 'ABUSE_OF_POWER_OR_VULNERABILITY', 'PAYMENTS_OR_BENEFITS'] as const;
export const TRAFFICKING_PURPOSES = ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'SLAVERY', 'SERVITUDE'] as const;
