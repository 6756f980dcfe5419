/** A real US city with the county it lies in. */
export type Place = {
  readonly city: string;
  readonly state: string;
  readonly county: string;
};

const PLACE_ROWS = `
Sacramento,CA,Sacramento|Fresno,CA,Fresno|Oakland,CA,Alameda
San Diego,CA,San Diego|Long Beach,CA,Los Angeles|Riverside,CA,Riverside
Phoenix,AZ,Maricopa|Tucson,AZ,Pima|Albuquerque,NM,Bernalillo
Denver,CO,Denver|Colorado Springs,CO,El Paso|Salt Lake City,UT,Salt Lake
Boise,ID,Ada|Las Vegas,NV,Clark|Reno,NV,Washoe|Portland,OR,Multnomah
Eugene,OR,Lane|Seattle,WA,King|Spokane,WA,Spokane|Tacoma,WA,Pierce
Austin,TX,Travis|Houston,TX,Harris|Dallas,TX,Dallas|San Antonio,TX,Bexar
El Paso,TX,El Paso|Fort Worth,TX,Tarrant|Oklahoma City,OK,Oklahoma
Tulsa,OK,Tulsa|Wichita,KS,Sedgwick|Omaha,NE,Douglas|Des Moines,IA,Polk
Minneapolis,MN,Hennepin|Saint Paul,MN,Ramsey|Milwaukee,WI,Milwaukee
Madison,WI,Dane|Chicago,IL,Cook|Peoria,IL,Peoria|Indianapolis,IN,Marion
Fort Wayne,IN,Allen|Detroit,MI,Wayne|Grand Rapids,MI,Kent
Columbus,OH,Franklin|Cleveland,OH,Cuyahoga|Cincinnati,OH,Hamilton
Dayton,OH,Montgomery|Louisville,KY,Jefferson|Lexington,KY,Fayette
Nashville,TN,Davidson|Memphis,TN,Shelby|Knoxville,TN,Knox
Atlanta,GA,Fulton|Savannah,GA,Chatham|Birmingham,AL,Jefferson
Jackson,MS,Hinds|Little Rock,AR,Pulaski|Kansas City,MO,Jackson
Springfield,MO,Greene|Charlotte,NC,Mecklenburg|Raleigh,NC,Wake
Durham,NC,Durham|Greensboro,NC,Guilford|Charleston,SC,Charleston
Columbia,SC,Richland|Philadelphia,PA,Philadelphia|Pittsburgh,PA,Allegheny
Allentown,PA,Lehigh|Newark,NJ,Essex|Camden,NJ,Camden|Buffalo,NY,Erie
Rochester,NY,Monroe|Syracuse,NY,Onondaga|Albany,NY,Albany
Manchester,NH,Hillsborough|Portland,ME,Cumberland|Tampa,FL,Hillsborough
Orlando,FL,Orange|Jacksonville,FL,Duval|Miami,FL,Miami-Dade
Tallahassee,FL,Leon|Honolulu,HI,Honolulu|Billings,MT,Yellowstone
Sioux Falls,SD,Minnehaha|Fargo,ND,Cass|Cheyenne,WY,Laramie`;

/** Cities in the sample; county names are real, every organisation is not. */
export const PLACES: readonly Place[] = PLACE_ROWS.trim()
  .split(/[|\n]/)
  .map((row) => {
    const [city = '', state = '', county = ''] = row.split(',');
    return { city, state, county };
  });

/**
 * Neighbourhood-style words for invented organisation names. Chosen to
 * read like places or qualities, never like a person's name.
 */
export const AREA_WORDS: readonly string[] = [
  'Eastside',
  'Westside',
  'Northside',
  'Southside',
  'Riverbend',
  'Lakeside',
  'Harbor City',
  'Bayview',
  'Hillcrest',
  'Cedar Grove',
  'Maple Heights',
  'Pine Ridge',
  'Fairview',
  'Highland',
  'Midtown',
  'Old Town',
  'Mill Creek',
  'Stone Bridge',
  'Willow Bend',
  'Sunnyside',
  'Parkside',
  'Meadowbrook',
  'Brookside',
  'Greenfield',
  'Clearwater',
  'Red Hill',
  'Twin Lakes',
  'Valley View',
  'Prairie View',
  'Northgate',
  'Southgate',
  'Crossroads',
  'Heritage Park',
  'Hollow Creek',
  'Elm Street',
  'Union Hill',
  'Three Rivers',
  'Canal Street',
  'Iron Bridge',
  'Sandstone',
];

/** Full names of the states in PLACES, for prose. */
export const STATE_NAMES: Readonly<Record<string, string>> = {
  AL: 'Alabama',
  AR: 'Arkansas',
  AZ: 'Arizona',
  CA: 'California',
  CO: 'Colorado',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  IA: 'Iowa',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  KS: 'Kansas',
  KY: 'Kentucky',
  ME: 'Maine',
  MI: 'Michigan',
  MN: 'Minnesota',
  MO: 'Missouri',
  MS: 'Mississippi',
  MT: 'Montana',
  NC: 'North Carolina',
  ND: 'North Dakota',
  NE: 'Nebraska',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NV: 'Nevada',
  NY: 'New York',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  WA: 'Washington',
  WI: 'Wisconsin',
  WY: 'Wyoming',
};
