/**
 * Names of countries and of the regional groups that act like them in international conferences.
 * General knowledge, not tied to one conference: it lets "which country proposed X?" prefer the
 * sentence that names one.
 */
const NAMES = `Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|
Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|
Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cabo Verde|Cape Verde|Cambodia|Cameroon|Canada|
Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Côte d'Ivoire|Ivory Coast|Croatia|Cuba|
Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|
Equatorial Guinea|Eritrea|Estonia|Eswatini|Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|
Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|
Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Korea|Kuwait|Kyrgyzstan|Laos|Latvia|
Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|
Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|
Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Macedonia|Norway|Oman|Pakistan|
Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|
Russian Federation|Rwanda|Saint Kitts and Nevis|Saint Lucia|Saint Vincent and the Grenadines|Samoa|San Marino|
Sao Tome and Principe|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|
Solomon Islands|Somalia|South Africa|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|
Tajikistan|Tanzania|Thailand|Timor-Leste|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|
Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|Britain|United States|USA|U.S.|Uruguay|Uzbekistan|Vanuatu|
Vatican|Venezuela|Viet Nam|Vietnam|Yemen|Zambia|Zimbabwe|Arab States|Arab Group|European Union|EU|CEPT|CITEL|RCC|
APT|African Union`;

const ALTERNATIVES = `(?<![\\p{L}])(?:${NAMES.replace(/\s*\n\s*/g, '')
  .split('|')
  .map((n) => n.replace(/[.*+?^${}()[\]\\]/g, '\\$&'))
  .join('|')})(?![\\p{L}])`;

/** Names as the corpus writes them: case matters, so "chad" or "jordan" in prose is not a country. */
const PATTERN = new RegExp(ALTERNATIVES, 'gu');

/** Names as users type them, in any case ("india's proposal"). */
const TYPED = new RegExp(ALTERNATIVES, 'giu');

/** The countries and regional groups a question names, in any case, lower-cased ("india"). */
export function countriesIn(text: string): Set<string> {
  return new Set([...text.matchAll(TYPED)].map((m) => m[0].toLowerCase()));
}

/**
 * True when a text names a country or a regional group of countries, other than those in `except`
 * (lower-case): "which country opposed India's proposal" is not answered by India.
 */
export function namesCountry(text: string, except: ReadonlySet<string> = new Set()): boolean {
  for (const m of text.matchAll(PATTERN)) if (!except.has(m[0].toLowerCase())) return true;
  return false;
}
