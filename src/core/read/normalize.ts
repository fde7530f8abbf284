// One-for-one character normalisation, so offsets into the normalised text are offsets into the original:
// full-width digits and signs become ASCII (`７２４` → `724`), letters become lower case, and the traditional
// characters that matter for reading figures become simplified (`億` → `亿`, `營收` → `营收`, `騰訊` → `腾讯`).

const TRADITIONAL = '億萬幣減虧損淨營經調額現資開發長報專業務於為總處達約過逾較歸屬當實費術場佔點間將預計標劃縮擴漲跌蟬聯連續個們顯價規財華爾見聞騰訊飛湯貿應週周轉儲備動產淨雲視覺創導絕駕駛輛車計程達億類團團貨幣匯兌淨體齊盤據數層萬級增長減損營運稅務銷購買賣從來強際與銀證監縣網電腦頭條豐廣告訂閱擁潤節譜階躍員戶參環億會準則國';
const SIMPLIFIED = '亿万币减亏损净营经调额现资开发长报专业务于为总处达约过逾较归属当实费术场占点间将预计标划缩扩涨跌蝉联连续个们显价规财华尔见闻腾讯飞汤贸应周周转储备动产净云视觉创导绝驾驶辆车计程达亿类团团货币汇兑净体齐盘据数层万级增长减损营运税务销购买卖从来强际与银证监县网电脑头条丰广告订阅拥润节谱阶跃员户参环亿会准则国';

const MAP = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length && i < SIMPLIFIED.length; i++) MAP.set(TRADITIONAL[i]!, SIMPLIFIED[i]!);
// Full-width ASCII block (！ to ～) maps to ASCII, except the Chinese comma/colon/semicolon/parentheses which stay
// as clause punctuation but are mapped to their ASCII forms for simpler patterns.
for (let code = 0xff01; code <= 0xff5e; code++) MAP.set(String.fromCharCode(code), String.fromCharCode(code - 0xfee0).toLowerCase());
MAP.set('\u3000', ' ');
MAP.set('\u00a0', ' ');
MAP.set('\u2009', ' ');
MAP.set('\u202f', ' ');
MAP.set('\u2212', '-'); // minus sign
MAP.set('\u2014', '—');
MAP.set('\u2019', "'");
MAP.set('\u2018', "'");
MAP.set('￥', '¥');

const TO_MAP = new RegExp(`[${[...MAP.keys()].join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'g');
const UPPER = /[A-Z]/g;
const replace = (ch: string): string => MAP.get(ch) ?? ch;
const lowerAscii = (ch: string): string => String.fromCharCode(ch.charCodeAt(0) + 32);

export function normalizeText(text: string): string {
  // toLowerCase is native and fast; it keeps offsets unless a letter lower-cases to two characters (`İ`), when only
  // ASCII letters are lowered
  const lower = text.toLowerCase();
  const base = lower.length === text.length ? lower : text.replace(UPPER, lowerAscii);
  return base.replace(TO_MAP, replace);
}
