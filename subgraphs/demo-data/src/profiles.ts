/**
 * Who arrives at the centres, in rough proportions from IOM Somalia's description of the Eastern
 * Route: mostly Ethiopian men aged 18–29 heading for the Gulf, most without documents.
 */
export const NATIONALITIES = [
  ['ETH', 88],
  ['SOM', 6],
  ['ERI', 3],
  ['DJI', 1],
  ['YEM', 1],
  ['SDN', 1],
] as const;

export const ETHIOPIAN_REGIONS = [
  ['Oromia', 55],
  ['Amhara', 20],
  ['Tigray', 12],
  ['SNNPR', 10],
  ['Somali', 2],
  ['Dire Dawa', 1],
] as const;

export const REGIONS_BY_NATIONALITY: Record<string, readonly string[]> = {
  SOM: ['Banadir', 'Bari', 'Woqooyi Galbeed', 'Mudug', 'Bay', 'Lower Shabelle'],
  ERI: ['Maekel', 'Debub', 'Gash-Barka'],
  DJI: ['Djibouti', 'Ali Sabieh'],
  YEM: ['Aden', 'Lahij', 'Taizz'],
  SDN: ['Khartoum', 'Kassala'],
};

export const DESTINATIONS = [
  ['SAU', 78],
  ['YEM', 6],
  ['ARE', 4],
  ['OMN', 3],
  ['KWT', 2],
  ['QAT', 2],
  [null, 5],
] as const;

export const AGE_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[12, 17], 9],
  [[18, 29], 70],
  [[30, 44], 17],
  [[45, 65], 4],
] as const;

export const GIVEN_NAMES = {
  MALE: ['Abdi', 'Tesfaye', 'Gemechu', 'Bekele', 'Tadesse', 'Mohammed', 'Ahmed', 'Kedir', 'Lemma', 'Girma', 'Dawit', 'Yonas', 'Hailu', 'Chala', 'Fikadu', 'Getachew', 'Mulugeta', 'Abebe', 'Kebede', 'Tekle', 'Hussein', 'Jemal', 'Ibrahim', 'Abdullahi', 'Teshome', 'Solomon', 'Bereket', 'Kalid', 'Merga', 'Tolossa'],
  FEMALE: ['Hawa', 'Amina', 'Tigist', 'Almaz', 'Meseret', 'Chaltu', 'Fatuma', 'Hiwot', 'Selam', 'Mulu', 'Zahra', 'Aster', 'Genet', 'Bontu', 'Sara', 'Kedija', 'Lensa', 'Rahel', 'Birtukan', 'Meron'],
} as const;

export const FAMILY_NAMES = ['Abdullahi', 'Tesfaye', 'Gemechu', 'Bekele', 'Tadesse', 'Mohammed', 'Ahmed', 'Kedir', 'Wolde', 'Haile', 'Girma', 'Negash', 'Alemu', 'Tefera', 'Desta', 'Mekonnen', 'Hassan', 'Ali', 'Yusuf', 'Osman', 'Jibril', 'Tekle', 'Gebre', 'Assefa', 'Kebede', 'Dinka', 'Fayisa', 'Guta', 'Jarso', 'Roba'];

/**
 * Registrations per month at each centre: Bossaso and Hargeisa together roughly 10,000 a year
 * (DESIGN.md §1), Mogadishu fewer.
 */
export const MONTHLY_REGISTRATIONS: Record<string, number> = {
  bossaso: 450,
  hargeisa: 380,
  mogadishu: 150,
};
export const DEFAULT_MONTHLY_REGISTRATIONS = 120;

/** Share of registered migrants who ask for assisted voluntary return. */
export const AVR_SHARE = 0.18;

export const AVR_STATUSES = [
  ['REQUESTED', 20],
  ['COUNSELLED', 12],
  ['ELIGIBILITY_CONFIRMED', 10],
  ['TRAVEL_DOCUMENTS', 8],
  ['FIT_TO_TRAVEL', 6],
  ['TRAVEL_BOOKED', 5],
  ['DEPARTED', 4],
  ['ARRIVED', 5],
  ['REINTEGRATION', 14],
  ['CLOSED', 8],
  ['WITHDRAWN', 5],
  ['REJECTED', 2],
  ['CANCELLED', 1],
] as const;
