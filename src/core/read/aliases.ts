// Company aliases (English, simplified and traditional Chinese — traditional is simplified by normalizeText), found
// with one hoisted regex over the normalised text. Index names are found too: a figure about an index belongs to
// no company.
import { type EntityId, FISCAL_YEAR_END } from '../vocabulary';
import { triePattern } from './trie-pattern';
import { normalizeText } from './normalize';

const HAS_CJK = /[\u3400-\u9fff]/;

export const ENTITY_ALIASES: Record<EntityId, string[]> = {
  zhipu: ['zhipu ai', 'zhipu', 'z.ai', 'knowledge atlas', 'chatglm', 'glm', '智谱', '北京智谱', '2513.hk', 'hk02513', '02513'],
  minimax: ['minimax', '稀宇', 'hailuo', '海螺ai', 'talkie', 'xiyu technology', '0100.hk'],
  moonshot: ['moonshot ai', 'moonshot', 'kimi', '月之暗面', 'yuezhi anmian'],
  baidu: ['baidu ai cloud', '百度智能云', '百度ai云', 'baidu', '百度', 'ernie', '文心一言', '文心', '文小言', 'apollo go', '萝卜快跑', 'bidu', 'kunlunxin', '昆仑芯'],
  alibaba: ['alibaba cloud', 'alibaba', '阿里巴巴', '阿里云', '阿里', 'qwen', '通义千问', '通义', '千问', 'tongyi', 'aliyun', '9988.hk', 'baba', 'taobao', '淘宝', 'tmall', '天猫', '夸克', 't-head', '平头哥'],
  bytedance: ['bytedance', '字节跳动', '字节', 'doubao', '豆包', 'volcano engine', '火山引擎', 'byteplus', 'douyin', '抖音', 'tiktok', 'seedance', 'jimeng', '即梦', 'dreamina'],
  tencent: ['tencent cloud', '腾讯云', 'tencent', '腾讯', 'hunyuan', '混元', 'yuanbao', '腾讯元宝', '元宝', '0700.hk'],
  deepseek: ['deepseek', '深度求索'],
  stepfun: ['stepfun', '阶跃星辰', '阶跃'],
  baichuan: ['baichuan', '百川智能', '百川'],
  '01ai': ['01.ai', '零一万物', 'lingyiwanwu'],
  iflytek: ['iflytek', '科大讯飞', '讯飞'],
  sensetime: ['sensetime', '商汤', 'sensenova', '日日新', '0020.hk', '20.hk'],
  kuaishou: ['kuaishou', '快手', '1024.hk', 'kling ai', 'kling', '可灵ai', '可灵'],
  openai: ['openai', 'chatgpt', 'gpt'],
  anthropic: ['anthropic', 'claude'],
  google: ['google', 'alphabet', 'gemini', 'deepmind', '谷歌'],
  meta: ['meta platforms', 'meta', 'llama', 'facebook'],
  'china-market': [
    "china's ai market",
    'china ai market',
    'chinese ai market',
    "china's ai industry",
    "china's ai peers",
    "china's large-model",
    "china's large model",
    'chinese ai start-ups',
    'chinese ai startups',
    // (the sector named by its companies as a group: "Chinese large-model startups have raised 31.6 billion yuan")
    'chinese large-model start-ups',
    'chinese large-model startups',
    'chinese large-model companies',
    'chinese large model startups',
    'chinese ai companies',
    'chinese ai firms',
    'chinese ai labs',
    'chinese ai developers',
    // (and the same group named "in China" after it, or by its layer: "Model developers in China raised 31.4 billion yuan")
    'model developers in china',
    'model makers in china',
    'ai start-ups in china',
    'ai startups in china',
    'ai companies in china',
    'chinese model-layer companies',
    'chinese model companies',
    "china's model developers",
    "china's model makers",
    'chinese model developers',
    'chinese model makers',
    "china's ai start-ups",
    "china's ai startups",
    "china's ai companies",
    "china's ai firms",
    '国内ai公司',
    '国内大模型公司',
    '大模型创业公司',
    '中国ai公司',
    'the industry',
    'industry-wide',
    '中国大模型',
    '中国ai市场',
    '中国人工智能市场',
    '国内大模型',
    '全行业',
    // ("行业总MAU有望超过8.5亿": the industry's total, after a list of its products)
    '行业总',
    '行业整体',
    '整个行业',
    // (the whole country's use, named as such: "內地日均Token消耗量已超過120萬億", "全国日均token调用量", "AI chatbots in
    // China climbed past 700 million")
    '内地日均',
    '全国日均',
    '国内日均',
    'ai chatbots in china',
    'chatbot users in china',
    "china's chatbot users",
    "china's ai chatbot users",
  ],
};

/** Brokers and data firms: named as the source of a figure or a view ("Goldman Sachs expects …"), not as its subject. */
export const SOURCE_FIRMS: ReadonlySet<string> = new Set(['goldman sachs', 'morgan stanley', 'jpmorgan', 'ubs', 'cicc', 'morningstar', 'idc', 'lseg', '高盛', '摩根士丹利', '中金公司']);

/**
 * Companies outside the vocabulary. Naming one makes it the subject, so a figure about it ("Nvidia's revenue rose
 * 94%") is not given to the company the article is about.
 */
export const OTHER_COMPANIES = [
  ...SOURCE_FIRMS,
  'nvidia', 'microsoft', 'apple', 'amazon', 'aws', 'tesla', 'xiaomi', 'huawei', 'meituan', 'jd.com',
  'pinduoduo', 'pdd holdings', 'netease', 'bilibili', 'iqiyi', 'smic', 'cambricon', 'moore threads', 'metax',
  'palantir', 'snowflake', 'salesforce', 'oracle', 'ibm', 'intel', 'amd', 'tsmc', 'samsung', 'xai', 'mistral',
  'cohere', 'perplexity', 'icbc', 'softbank', 'sequoia', 'hillhouse', 'ant group', 'xpeng', 'byd', 'li auto', 'unitree', 'manus',
  // (device makers that build the models in, and the state carriers that buy them)
  'lenovo', 'honor', 'oppo', 'vivo', 'transsion', 'jd', 'china mobile', 'china telecom', 'china unicom',
  '联想', '荣耀', '传音', '中国移动', '中国电信', '中国联通',
  // (tech companies as a group: "Chinese technology companies have issued US$23.7 billion of bonds", "科技企业累计发行")
  'chinese technology companies', 'chinese tech companies', 'chinese tech firms', 'chinese technology firms', '科技企业', '科技公司',
  '华为', '小米', '美团', '京东', '拼多多', '网易', '哔哩哔哩', '爱奇艺', '英伟达', '微软', '苹果公司', '亚马逊',
  '特斯拉', '寒武纪', '摩尔线程', '中芯国际', '台积电', '三星', '蚂蚁集团', '比亚迪', '理想汽车', '小鹏', '蔚来', '宇树',
  '沐曦', '壁仞',
  // (China's other listed and private tech companies that build on the models or compete beside them: education,
  // health, mobility, robots, vision, apps)
  'youdao', 'netease youdao', 'tal education', 'new oriental', 'zuoyebang', 'squirrel ai', 'zhihu', 'weibo', 'meitu', 'trip.com', 'didi',
  'xiaohongshu', 'rednote', 'pony.ai', 'weride', 'horizon robotics', 'hesai', 'agibot', 'ubtech', 'galbot', 'jd health', 'alibaba health',
  'ping an good doctor', 'geely', 'nio', 'seres', 'megvii', 'cloudwalk', 'hygon', 'shengshu',
  '网易有道', '好未来', '新东方', '作业帮', '松鼠ai', '知乎', '微博', '美图', '携程', '滴滴', '小红书', '小马智行', '文远知行', '禾赛',
  '智元', '优必选', '银河通用', '乐聚', 'leju robotics', '京东健康', '阿里健康', '平安好医生', '吉利', '赛力斯', '云从', '旷视', '海光', '浪潮信息', '生数科技',
  // (news outlets owned by a tracked group: "01.AI told Tencent News" names where it was said, not who said it)
  'tencent news', '腾讯新闻',
  // (app stores: "ranked No. 1 on Google Play" names a store, not the company)
  'google play', 'app store',
];

const EXCLUDED_BEFORE = /(?:(?<![a-z])(?:excluding|stripping out|leaving out)\s(?:the\s)?|剔除|不计入?|不包括)\s?$/;

export interface Mention {
  start: number;
  end: number;
  /** null for an index (Star 50 Index, 恒生指数) or a company outside the vocabulary: no tracked company. */
  entity: EntityId | null;
  kind: 'company' | 'index' | 'other';
  /** Named as an investor, rival or comparison ("backed by Alibaba", "rivals like Baidu"), not as the subject. */
  weak: boolean;
  /** The market named by a group of its members ("Chinese AI video start-ups"): the subject of its own sentence only. */
  group?: true;
  /** A city or province as the subject of its own figures ("Beijing's AI industry"): no company, of the text or other. */
  place?: true;
  /** Deals counted across a sector ("model-layer deals", "领域共发生融资"): no company's, in its own sentence. */
  deals?: true;
  /** Named by a product of the company ("ChatGPT"), not by the company's own name. */
  product?: true;
}

const isLatin = (s: string) => /^[a-z0-9]/.test(s);

const ALIAS_TO_ENTITY = new Map<string, EntityId>();
for (const [entity, aliases] of Object.entries(ENTITY_ALIASES) as [EntityId, string[]][]) {
  for (const a of aliases) ALIAS_TO_ENTITY.set(a, entity);
}
const OTHERS = new Set(OTHER_COMPANIES);

/** The tracked company a name above stands for ("qwen" → alibaba), or undefined. */
export const entityOfAlias = (alias: string): EntityId | undefined => ALIAS_TO_ENTITY.get(alias);

/** The names above (and their traditional spellings) that name a unit of the company, not the company itself. */
export const UNIT_NAMES: ReadonlySet<string> = new Set(['volcano engine', '火山引擎', 'byteplus', 'alibaba cloud', '阿里云', '阿里雲', 'aliyun', 'baidu ai cloud', '百度智能云', '百度智能雲', 'tencent cloud', '腾讯云', '騰訊雲', 'kunlunxin', '昆仑芯', '崑崙芯', 't-head']);

// The names above that name a product, a model or an app, not the company that makes it: "ChatGPT changed that", "when
// ChatGPT set off a scramble". A product has users, prices and sales, but raises no money and has no valuation of its
// own. (Not the names news also uses for the company itself, "Kimi", nor products spun off to raise money, "Kling".)
// (the apps news names in both languages, by the English name a part is kept under: "元宝" is "yuanbao", see
// normaliseSegment)
export const APP_SPELLINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['yuanbao', ['yuanbao', '元宝', '腾讯元宝']],
  ['doubao', ['doubao', '豆包']],
  ['hunyuan', ['hunyuan', '混元']],
  ['hailuo', ['hailuo', 'hailuo ai', '海螺ai', '海螺']],
  ['jimeng', ['jimeng', 'dreamina', '即梦']],
  ['qwen', ['qwen', 'qwen app', '千问', '通义千问']],
  ['ernie', ['ernie', 'ernie bot', '文心一言']],
  ['douyin', ['douyin', '抖音']],
];
const PRODUCT_NAMES: ReadonlySet<string> = new Set([
  'chatgpt', 'gpt', 'claude', 'gemini', 'llama', 'chatglm', 'glm', '文小言', 'talkie', 'sensenova', '日日新', 'seedance', 'tiktok',
  ...APP_SPELLINGS.flatMap(([, spellings]) => spellings),
]);
/** Whether a name as written names a product, a model or an app ("Yuanbao", "元宝"), not its company. */
export const isProductName = (name: string): boolean => PRODUCT_NAMES.has(normalizeText(name).toLowerCase().trim());
const ALL_ALIASES = [...ALIAS_TO_ENTITY.keys(), ...OTHER_COMPANIES];
const LATIN_ALIASES = ALL_ALIASES.filter(isLatin);
const CJK_ALIASES = ALL_ALIASES.filter((a) => !isLatin(a));
const classOf = (chars: Iterable<string>) => [...new Set(chars)].join('').replace(/[\]\\^-]/g, '\\$&');

// Three scans, each cheap for V8 (a single flat alternation of every name was ~4× slower): Latin names at a word
// start ("z.ai" but not "xz.ai"; "20.hk" but not "2020.hk"), Chinese names, and the words that end an index name.
const LATIN_RE = new RegExp(`(?<![a-z0-9])${triePattern(LATIN_ALIASES, (a) => `(?![a-z]${/\d$/.test(a) ? '|\\d' : ''})`)}`, 'g');
const CJK_RE = new RegExp(`(?=[${classOf(CJK_ALIASES.map((a) => a[0]!))}])${triePattern(CJK_ALIASES)}`, 'g');
// index names: "Star 50 Index", "Hang Seng Technology Index", "Nasdaq", "恒生指数", "恒指"; found by their last word,
// then extended back to where the name starts (at most three words, or four characters before 指数)
const INDEX_HINT_RE = /index\b|nasdaq|s&p 500|dow jones|hstech|hang seng tech|(?<![a-z])hsi(?![a-z])|csi 300|指数|恒指|科创50|沪指|深证成指|创业板指/g;
const INDEX_AT_RE =
  /(?<![a-z0-9&])(?:[a-z0-9&]{1,16} ){0,3}index\b|nasdaq|s&p 500|dow jones|hstech|hang seng tech|hsi(?![a-z])|csi 300|恒生[^，,。\s]{0,4}指数|恒指|[^，,。\s]{1,4}指数(?!级)|科创50|上证指数|沪指|深证成指|创业板指/y;
const INDEX_REACH = 52;

interface Found {
  start: number;
  end: number;
  text: string;
  index: boolean;
  /** A group that stands for the whole market (see MARKET_GROUP_EN), not a name in the alias lists. */
  market?: boolean;
  /** A city or province as the subject of its own figures (see scanPlaces); the value is where its phrase ends. */
  place?: number;
  /** A company the vocabulary does not know, owning a result (see scanUnknownOwners). */
  unknown?: boolean;
  /** Deals, rounds or listings counted across a sector as the subject of their figures (see scanDealGroups). */
  deals?: boolean;
}

// The market named by its members as a group or by a measure of them all, whatever the words between: "Chinese AI
// video start-ups raised 4.6 billion yuan", "domestic model makers processed", "China's chatbot users", "Chinese token
// prices have fallen", "China's average daily consumption of AI tokens", "Chinese cloud capex", "Across the country, AI apps
// had", "中国公有云大模型日均调用量", "我国日均Token消耗量", "国内AI应用月活规模", "国内云厂商资本开支". Plural heads only ("a Chinese
// start-up" is one company), and not when the group is an object or another's ("sold to Chinese companies", "its Chinese
// users", "向中国企业出售", "阿里云的中国用户").
// Nor a group counted or ranked: "China's six best-known model start-ups", "China's biggest AI companies", "国内前五大云厂商",
// "国内首家上市的大模型公司" are a few leaders (or one), not the market; nor the scope of a ranking, "内地用户规模最大的AI应用"; nor
// an app named by its own name right after, "国内角色扮演应用星野的月活" (apps as a group are followed by what they measure);
// nor an edition of one product, "国内版千问应用月活跃用户" (the domestic edition). A Latin word may stand between spaces,
// as many Chinese outlets write it: "中国 AI 应用在海外市场的订阅收入".
const NOT_A_GROUP_WORD = String.raw`(?!(?:and|or|but|the|a|an|its|their|two|three|four|five|six|seven|eight|nine|ten|top|biggest|largest|leading|best-known|major)\s)`;
const GROUP_HEAD = 'start-?ups|startups|companies|firms|labs|developers|makers|players|platforms|providers|vendors|hyperscalers';
const MARKET_GROUP_EN = new RegExp(
  String.raw`(?<![a-z])(?<!(?:(?<![a-z])(?:its|their|whose|of|among|to|for|than|with|by|from|into|on|at)|'s) )` +
    String.raw`(?:(?:chinese|china's)\s(?:${NOT_A_GROUP_WORD}[a-z-]+\s){0,3}?(?:${GROUP_HEAD}|apps|users|prices|capex|spending|funding|use|usage|consumption)|domestic\s(?:${NOT_A_GROUP_WORD}[a-z-]+\s){0,3}?(?:${GROUP_HEAD}|apps)|(?:across|throughout) (?:the country|china)(?=,))(?![a-z])`,
  'g',
);
const MARKET_GROUP_ZH = /(?<![向对给为在从与和同跟比较及、的])(?:中国|国内|全国|我国|内地|境内)(?!版)(?:的)?\s?(?:(?![首唯最第前头一二两三四五六七八九十几])(?:[^，。；;,、\d\s]|(?<=[a-z])\s(?=[^，。；;,、\d\s]))){0,10}?\s?(?:公司|企业|厂商|平台|行业|产业(?!链)|应用(?=月活|日活|月均|日均|规模|数量|总|合计|整体|累计|用户|下载|在|的|[，。；,;、\s])|app(?=月活|日活|月均|日均|规模|数量|总|合计|整体|累计|用户)|用户|调用量|消耗量|使用量|用量|资本开支|融资额|融资总额)(?!(?:规模|数量|数)?(?:最|第一|之最|中|里|当中|之中))/g;

const MARKET_AS_PLACE_ZH = /(?:在|于|於|占|佔)\s?$/;
const SHARE_IN_AFTER_ZH = /^[^，。；,;\d]{0,10}?(?:份额|占比|排名|中|里)/;
const COUNTED_BEFORE = /(?<![a-z])(?:two|three|four|five|six|seven|eight|nine|ten|\d+|top|biggest|largest|leading|major|best-known)\s$/;

function scan(re: RegExp, norm: string, into: Found[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) into.push({ start: m.index, end: m.index + m[0].length, text: m[0], index: false });
}

// (and only where a subject stands: at the start of a clause, after a word that opens one, a verb of saying or
// expecting, or a time named before the subject; "It serves 5,000 Chinese companies", "helping Chinese developers cut
// costs", "出海中国企业的需求" name the group as an object)
// (and the group money went to, heading its sentence: "Investment in Chinese AI start-ups reached a record 68.4 billion
// yuan", "Funding for domestic model makers fell")
const SUBJECT_PLACE_EN = /(?:^|[.,;:!?(\n"“]\s*|(?<![a-z])(?:and|but|while|whereas|as|that|which|where|when|because|although|though|so|across|expects?|expected|sees|saw|predicts?|predicted|forecasts?|estimates?|said|says|believes?|thinks?|noted|notes|year|month|quarter|half|week|yesterday|today|\d{4})\s|(?:^|[.!?\n]\s*)(?:total |venture |private )?(?:investments?|funding|financing) (?:in|into|for|of) )$/;
const SUBJECT_PLACE_ZH = /(?:^|[。，,；;：:！？!?、\n“"「]\s*|(?:年|月|日|季度|上半年|下半年|以来|预计|预期|认为|显示|表示|称|指出|到|截至|其中|而|但|则)\s?)$/;

function scanMarketGroups(norm: string, into: Found[]): void {
  for (const [re, place] of HAS_CJK.test(norm) ? [[MARKET_GROUP_EN, SUBJECT_PLACE_EN], [MARKET_GROUP_ZH, SUBJECT_PLACE_ZH]] as const : [[MARKET_GROUP_EN, SUBJECT_PLACE_EN]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      if (place.test(norm.slice(Math.max(0, m.index - 16), m.index))) into.push({ start: m.index, end: m.index + m[0].length, text: m[0], index: false, market: true });
    }
  }
}

// A city or province named as the subject of what follows: "Beijing's AI core industry generated 212 billion yuan", "the
// city's AI companies raised", "北京市人工智能核心产业规模达", "上海企业融资". Its figures are no tracked company's, and the
// company a text named before is not carried into them. Only as a possessive in English (a place named alone is mostly
// where something happens, "in Beijing", or whose a company is, "Beijing-based Zhipu"), and in Chinese only before the
// industry, its companies or the region as a whole; never when a company is named inside the phrase ("Hangzhou's
// DeepSeek", "北京智谱华章科技有限公司").
const PLACES_EN = ['beijing', 'shanghai', 'shenzhen', 'hangzhou', 'guangzhou', 'hefei', 'chengdu', 'wuhan', 'nanjing', 'suzhou', 'tianjin', 'chongqing', "xi'an", 'xiamen', 'qingdao', 'ningbo', 'wuxi', 'dongguan', 'changsha', 'zhengzhou', 'jinan', 'guangdong', 'zhejiang', 'jiangsu', 'shandong', 'anhui', 'sichuan', 'hubei', 'hunan', 'henan', 'hebei', 'fujian', 'guizhou', 'hainan', 'yunnan', 'shaanxi', 'shanxi', 'liaoning', 'jiangxi', 'guangxi', 'inner mongolia', 'ningxia', 'the city', 'the capital', 'the province', 'the municipality'];
// (what a region has as a whole: its industry, its companies, its government; not "Hefei's budget for iFlytek")
const PLACE_HEAD_EN = /^ (?:[a-z-]+ ){0,4}?(?:industry|industries|sector|sectors|economy|market|companies|firms|start-?ups|startups|enterprises|developers|model makers|businesses|government|bureau|officials)(?![a-z])/;
const PLACES_ZH = ['北京', '上海', '深圳', '杭州', '广州', '合肥', '成都', '武汉', '南京', '苏州', '天津', '重庆', '西安', '厦门', '青岛', '宁波', '无锡', '东莞', '长沙', '郑州', '济南', '广东', '浙江', '江苏', '山东', '安徽', '四川', '湖北', '湖南', '河南', '河北', '福建', '贵州', '海南', '云南', '陕西', '山西', '辽宁', '江西', '广西', '内蒙古', '宁夏', '该市', '全市', '该省', '全省'];
// (found from the head noun back to the place: a pattern of fifty places tried at every character of the page cost about
// 10 ms a megabyte, the rarer head nouns about 1 ms)
const PLACE_HEAD_ZH = /产业|行业|企业|公司|地区|厂商/g;
const PLACE_BEFORE_HEAD_ZH = new RegExp(`(${triePattern(PLACES_ZH)}(?:市|省)?)(?:的)?[^，。；;,、\\d\\s]{0,10}?$`);
const PLACE_NAMES_EN: ReadonlySet<string> = new Set(PLACES_EN);
// (the phrase a place opens: up to the head noun, at most a few words on)
const PLACE_REACH = 48;

/** Start of each English possessive "'s " in `norm` (a handful per paragraph: cheaper to visit than every word). */
function possessives(norm: string): number[] {
  const out: number[] = [];
  for (let at = norm.indexOf("'s ", 1); at >= 0; at = norm.indexOf("'s ", at + 3)) out.push(at);
  return out;
}

function scanPlaces(norm: string, owners: number[], into: Found[]): void {
  const add = (start: number, end: number) => {
    const stop = /[.,;:!?，。；：！？\d]/.exec(norm.slice(end, end + PLACE_REACH));
    into.push({ start, end, text: norm.slice(start, end), index: false, place: end + (stop ? stop.index : PLACE_REACH) });
  };
  for (const at of owners) {
    // (the one or two words before the possessive: "beijing's", "the city's", "inner mongolia's")
    const words = /(?:^|[^a-z'])((?:[a-z']+ )?[a-z']+)$/.exec(norm.slice(Math.max(0, at - 24), at));
    if (!words) continue;
    const two = words[1]!;
    const one = two.slice(two.lastIndexOf(' ') + 1);
    const name = PLACE_NAMES_EN.has(two) ? two : PLACE_NAMES_EN.has(one) ? one : null;
    if (name === null || !PLACE_HEAD_EN.test(norm.slice(at + 2, at + 80))) continue;
    const start = at - name.length;
    if (SUBJECT_PLACE_EN.test(norm.slice(Math.max(0, start - 16), start))) add(start, at + 2);
  }
  if (!HAS_CJK.test(norm)) return;
  let last = -1;
  PLACE_HEAD_ZH.lastIndex = 0;
  for (let h = PLACE_HEAD_ZH.exec(norm); h; h = PLACE_HEAD_ZH.exec(norm)) {
    const from = Math.max(0, h.index - 16);
    const m = PLACE_BEFORE_HEAD_ZH.exec(norm.slice(from, h.index));
    if (!m || from + m.index <= last) continue;
    const start = from + m.index;
    last = start;
    if (SUBJECT_PLACE_ZH.test(norm.slice(Math.max(0, start - 16), start))) add(start, start + m[1]!.length);
  }
}

// A company the vocabulary does not know, named as the owner of a result at the start of a clause: "Enflame's revenue rose
// 148%", "Meituan's net loss narrowed". Its figures, and the sentence opened by "Its" after it, are its own, not those of
// the company the text named before. Only a capitalised name before a word of results (a possessive of a day, a month or a
// place names no company: "Friday's", "China's", "Hong Kong's").
// (the name before the possessive, in the text as written, and a word of results after it)
const CAPITALISED_NAME = /(?:^|[^A-Za-z0-9.])([A-Z][A-Za-z0-9&-]*(?:\.[A-Za-z0-9]+)*(?: [A-Z][A-Za-z0-9&-]*(?:\.[A-Za-z0-9]+)*)?)$/;
const RESULTS_AFTER = /^ (?:[a-z-]+ ){0,2}?(?:revenues?|sales|net loss|net profit|net income|operating (?:loss|profit)|gross margin|market value|valuation)(?![a-z])/;
// (anywhere in a clause, a result said with its amount: "3.4 times Hengrun's 2025 revenue of 4.17 billion yuan")
const RESULT_OF_AMOUNT_AFTER = /^ (?:(?:19|20)\d\d |fy\d\d |full-year |first-half |annual |quarterly )?(?:revenues?|sales|net loss|net profit|net income|operating (?:loss|profit)) (?:of|was|came to|reached|totall?ed) (?:about |around |roughly |nearly |more than |some )?(?:us|hk|rmb)?\$?\s?\d/;
const NOT_A_COMPANY = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'china', 'hong kong', 'asia', 'america', 'europe', 'japan', 'india', 'taiwan', 'korea', 'singapore', 'the', 'this', 'that', 'last', 'next', 'its', 'their', 'his', 'her', 'our', 'it', 'company', 'group', 'mainland', 'asia-pacific', 'world', 'state', 'industry', 'sector', 'market', 'year', 'quarter']);

function scanUnknownOwners(norm: string, text: string, owners: number[], into: Found[]): void {
  for (const at of owners) {
    const ofAmount = RESULT_OF_AMOUNT_AFTER.test(norm.slice(at + 2, at + 60));
    if (!ofAmount && !RESULTS_AFTER.test(norm.slice(at + 2, at + 60))) continue;
    const m = CAPITALISED_NAME.exec(text.slice(Math.max(0, at - 40), at));
    if (!m) continue;
    const start = at - m[1]!.length;
    const name = norm.slice(start, at);
    // (nor a name with a known one inside it: "Rival MiniMax's")
    // (nor a city or province, those of scanPlaces)
    if (NOT_A_COMPANY.has(name) || PLACE_NAMES_EN.has(name) || name.split(' ').some((w) => NOT_A_COMPANY.has(w) || PLACE_NAMES_EN.has(w) || ALIAS_TO_ENTITY.has(w) || OTHERS.has(w)) || ALIAS_TO_ENTITY.has(name) || OTHERS.has(name)) continue;
    if (!SUBJECT_PLACE_EN.test(norm.slice(Math.max(0, start - 16), start)) && !ofAmount) continue;
    into.push({ start, end: at, text: name, index: false, unknown: true });
  }
}

// A company the vocabulary does not know, as the subject a text opens with: "VNET Group, one of China's largest
// data-centre operators, raised its forecast after a single customer – widely understood to be ByteDance – …",
// "Shenzhen-listed data-centre operator Hengrun Data said", "Kingsoft Cloud Holdings posted", "金山云（3896）昨日公布".
// The text is about that company; a tracked company named after it (a customer, a rival) is not the text's own. Known
// as a company by a company word in its name, by an apposition or a trade word that says what it is, or by a stock
// code; a broker or fund ("Nomura cut", "Jade River Capital, the placing agent,") or a person ("Zhang Wenhao, president
// of …") is none. Only the opening lines are read: the headline, a byline, the lead.
const LEAD_LINES = 3;
const DATELINE_EN = /^[A-Z][A-Z .]+(?:,\s?[A-Z][a-z]{2,8}\.? \d{1,2})?\s?(?:\([A-Za-z ]+\))?\s?(?:--|-|–|—)\s?/;
const LEAD_NAME = String.raw`([A-Z][A-Za-z0-9&'-]*(?:\.[A-Za-z0-9]+)*\.?(?: (?:[A-Z][A-Za-z0-9&'-]*(?:\.[A-Za-z0-9]+)*\.?|&))*)`;
const COMPANY_SUFFIX = /(?<![A-Za-z])(?:Group|Holdings?|Technology|Technologies|Tech|Data|Cloud|Inc\.?|Ltd\.?|Limited|Corp\.?|Corporation|Co\.?|Networks|Electronics|Semiconductors?|Information|Systems|Robotics|Microelectronics)$/;
const TRADE_WORDS = String.raw`(?:operators?|makers?|chipmakers?|suppliers?|providers?|designers?|manufacturers?|vendors?|start-?ups?|developers?|companies|company|firms?|lessors?|integrators?)`;
const LEAD_VERB = String.raw`(?:said|says|reported|reports|posted|posts|raised|raises|lifted|lifts|cut|cuts|announced|announces|expects|forecast|booked|won|signed|swung|turned|narrowed|widened|doubled|tripled|more than (?:doubled|tripled))(?![a-z])`;
const LEAD_SUFFIXED = new RegExp(String.raw`^${LEAD_NAME}(?:'s|’s|,| \(| ${LEAD_VERB})`);
const LEAD_APPOSED = new RegExp(String.raw`^${LEAD_NAME}(?: \([^)]{2,24}\))?, (?:one of|among|a|an|the|china's|china’s|the world's|the world’s|[a-z]+-(?:based|listed))(?![a-z])[^,;]{0,90}?${TRADE_WORDS},`);
const LEAD_TRADED = new RegExp(String.raw`^(?:[A-Za-z-]+ ){0,3}?${TRADE_WORDS} ${LEAD_NAME} ${LEAD_VERB}`);
const NOT_LEAD = /(?<![A-Za-z])(?:Securities|Capital|Research|Partners|Bank|Advisors|Advisers|Management|Investments?|Consulting|Ventures|Fund|Asset|Analytics)(?![A-Za-z])/;
const PERSON_ROLE = /(?<![a-z])(?:executive|president|founder|chairman|chairwoman|chief|head|director|officer|analyst|partner|manager|spokes(?:man|woman|person)|professor|vice)(?![a-z])/;
const LEAD_ZH = /^(?:【[^】]{1,12}】|本[报報][讯訊]\s?)?([\u4e00-\u9fff]{2,10})\s?[（(](?:\d{4,6}|[A-Za-z]{2,5})(?:\.[A-Za-z]{1,2})?[)）]/;

/** Whether a name found already overlaps the span: "百度集团（9888）" is Baidu's, "Alibaba Group Holding said" Alibaba's. */
const overlaps = (found: Found[], start: number, end: number): boolean => found.some((f) => f.start < end && f.end > start);

function scanLeadCompany(norm: string, text: string, into: Found[]): void {
  let at = 0;
  for (let n = 0; n < LEAD_LINES && at < text.length && at < 1200; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, Math.min(end, at + 400));
    if (line.trim()) {
      n++;
      const date = DATELINE_EN.exec(line);
      const from = date ? date[0].length : 0;
      const rest = line.slice(from);
      const suffixed = LEAD_SUFFIXED.exec(rest);
      const en = LEAD_APPOSED.exec(rest) ?? LEAD_TRADED.exec(rest) ?? (suffixed && COMPANY_SUFFIX.test(suffixed[1]!) ? suffixed : null);
      if (en) {
        const name = en[1]!.replace(/[.']+$/, '');
        const start = at + from + en[0].indexOf(en[1]!);
        const lower = norm.slice(start, start + name.length);
        // (nor a place or a common word opening a group: "China Big Tech's AI bill")
        const first = lower.split(' ')[0]!;
        const known = lower.split(' ').some((w) => ALIAS_TO_ENTITY.has(w) || OTHERS.has(w)) || ALIAS_TO_ENTITY.has(lower) || OTHERS.has(lower) || PLACE_NAMES_EN.has(first) || NOT_A_COMPANY.has(first) || /^(?:chinese|global|asian|us|u\.s\.)$/.test(first);
        if (!known && !overlaps(into, start, start + name.length) && !NOT_LEAD.test(name) && !PERSON_ROLE.test(en[0])) into.push({ start, end: start + name.length, text: lower, index: false, unknown: true });
        return;
      }
      const zh = LEAD_ZH.exec(norm.slice(at, end));
      if (zh) {
        const start = at + zh[0].indexOf(zh[1]!);
        if (!overlaps(into, start, start + zh[1]!.length)) into.push({ start, end: start + zh[1]!.length, text: zh[1]!, index: false, unknown: true });
        return;
      }
    }
    at = end + 1;
  }
}

// Deals counted across a sector, as the subject of their total: "model-layer deals hit 18.3 billion yuan", "Hong Kong tech
// IPOs have raised HK$96.3 billion", "端侧AI领域共发生融资47笔，金额合计86.5亿元", "今年港股新股集资额达963亿港元". Their
// figures are no one company's, though a company was named before (the one whose own round the story is about); deals
// "in China" are the Chinese market's ("31 model-layer funding rounds in China worth 9.8 billion yuan"), as are those of
// "国内大模型赛道", a market group already. Not a company's own deals: "its rounds", "StepFun's two deals", "their IPOs".
// (found from the noun, then back over two words at most: a pattern opening with optional words, tried at every
// character, cost about 25 ms a megabyte)
const DEAL_NOUN_EN = /(?<![a-z])(?:funding rounds|financing rounds|rounds|deals|transactions|financings|ipos|listings|flotations)(?= (?:in (china|hong kong|the sector|the industry|the space|all)|across (china|the sector|the industry)|(?:have |had |has )?(?:hit|reached|raised|totall?ed|amounted|drew|fetched|came to|were worth|worth|rose|fell|climbed|jumped|dropped|slumped|surged|doubled|halved)(?![a-z])))/g;
// (the words before the noun, and whose they are: "model-layer", "hong kong tech"; "its", "their", "stepfun's two")
const DEAL_WORDS_BEFORE = /(?:(?<![a-z'’])[a-z-]+ ){0,2}$/;
// (nor deals named as what a measure counts, "the number of deals rose to 58": what the text is about goes on)
const OWNED_BEFORE = /(?:'s|’s|(?<![a-z])(?:its|their|his|her|our|whose|of)) (?:[a-z-]+ ){0,2}$/;
const DEAL_GROUP_ZH = /(?:领域|赛道|行业|板块)(?:内|中)?\s?(?:共|合计|累计|总共|一共)?\s?(?:发生|完成|披露|录得)了?\s?(?:融资|投融资|投资|交易|并购)|(?:新股|ipo)\s?(?:集资|募资|融资)\s?总?额|(?:融资|投融资|投资)(?:事件|交易)(?=\s?(?:共|合计|累计|总共|数量|数|金额))/g;
const MARKET_BEFORE_ZH = /(?:中国|国内|我国|全国|境内)[^，。；,;]{0,12}$/;

// A measure of a kind of product taken across China, named after its noun: "chatbot downloads in China totalled 198
// million", "monthly users of AI assistants in China will reach 750 million", "AI app users in mainland China". Its
// figures are the market's, not those of the app the story is about. Only with the kind of product named in the phrase
// ("users in China spent" may be one app's users) and never a company's own ("Doubao's downloads in China", "its users in
// China", a name inside the phrase).
// (found from the noun, as the deals above)
const MEASURE_IN_CHINA_EN = /(?<![a-z])(?:downloads|installs|users|subscribers|spending)(?= (?:of ((?:[a-z-]+ ){1,3}?))?in (?:mainland )?china(?![a-z'’]))/g;
const PRODUCT_KIND_EN = /(?<![a-z])(?:chatbots?|ai|assistants?|apps?|models?|generative|llms?)(?![a-z])/;
const NUMBER_OF_BEFORE = /(?:^|\s)the (?:number|total|count) of (?:[a-z-]+ ){0,2}$/;

function scanMeasuresInChina(norm: string, into: Found[]): void {
  MEASURE_IN_CHINA_EN.lastIndex = 0;
  for (let m = MEASURE_IN_CHINA_EN.exec(norm); m; m = MEASURE_IN_CHINA_EN.exec(norm)) {
    const before = norm.slice(Math.max(0, m.index - 40), m.index);
    if (OWNED_BEFORE.test(before) && !NUMBER_OF_BEFORE.test(before)) continue;
    // (the phrase opens on the kind of product, "chatbot downloads", not on the verb before it, "expects chatbot downloads")
    const words = DEAL_WORDS_BEFORE.exec(before)![0];
    const kind = PRODUCT_KIND_EN.exec(words);
    if (!kind && !(m[1] && PRODUCT_KIND_EN.test(m[1]))) continue;
    const start = m.index - words.length + (kind ? kind.index : words.length);
    const end = m.index + m[0].length + (m[1] ? 4 + m[1].trimEnd().length : 0);
    if (overlaps(into, start, end)) continue;
    into.push({ start, end, text: norm.slice(start, end), index: false, market: true });
  }
}

function scanDealGroups(norm: string, into: Found[]): void {
  DEAL_NOUN_EN.lastIndex = 0;
  for (let m = DEAL_NOUN_EN.exec(norm); m; m = DEAL_NOUN_EN.exec(norm)) {
    const before = norm.slice(Math.max(0, m.index - 40), m.index);
    if (OWNED_BEFORE.test(before)) continue;
    const start = m.index - DEAL_WORDS_BEFORE.exec(before)![0].length;
    const inChina = (m[1] ?? m[2]) === 'china';
    into.push({ start, end: m.index + m[0].length, text: norm.slice(start, m.index + m[0].length), index: false, ...(inChina ? { market: true } : { deals: true }) });
  }
  if (!HAS_CJK.test(norm)) return;
  DEAL_GROUP_ZH.lastIndex = 0;
  for (let m = DEAL_GROUP_ZH.exec(norm); m; m = DEAL_GROUP_ZH.exec(norm)) {
    if (!MARKET_BEFORE_ZH.test(norm.slice(Math.max(0, m.index - 16), m.index))) into.push({ start: m.index, end: m.index + m[0].length, text: m[0], index: false, deals: true });
  }
}

function scanIndexNames(norm: string, into: Found[]): void {
  INDEX_HINT_RE.lastIndex = 0;
  let coveredTo = 0;
  for (let m = INDEX_HINT_RE.exec(norm); m; m = INDEX_HINT_RE.exec(norm)) {
    // the earliest place a name ending here can start (a scan from the left finds that one)
    for (let s = Math.max(coveredTo, m.index - INDEX_REACH); s <= m.index; s++) {
      INDEX_AT_RE.lastIndex = s;
      const at = INDEX_AT_RE.exec(norm);
      if (!at || s + at[0].length <= m.index) continue;
      into.push({ start: s, end: s + at[0].length, text: at[0], index: true });
      coveredTo = s + at[0].length;
      break;
    }
  }
}

// (a dot inside a name, "Pony.ai", "Character.ai", ends no sentence: the list of rivals goes on past it)
// ("Alphabet lifted its outlook to $91bn (from $85bn), and Meta …": a word in an aside closed before the name, here
// "from", says nothing of the name after it; the aside is blanked, keeping offsets)
const CLOSED_ASIDE = /[(（][^()（）]*[)）]/g;
const withoutAsides = (before: string): string => (/[)）]/.test(before) ? before.replace(CLOSED_ASIDE, (m) => ' '.repeat(m.length)) : before);

// (not "from" a sale or a round: "raised $3 billion from a dollar bond sale in March, and Baidu sold …" names no one
// the money came from; "from a Zhihu answer", "from a line-up that included Alibaba" still do)
const WEAK_BEFORE =
  /(?:\b(?:including|includes|included|such as|like|among (?:them|others|which|whom)|from(?! (?:a|an|its|their|the|this) (?:[a-z-]+ ){0,3}(?:sale|issue|issuance|offering|placement|loan|facility|round|ipo|listing)s?(?![a-z]))|backed by|led by|vs\.?|versus|than(?! (?:about |around |nearly )?(?:us|hk|rmb)?[$¥]?\d)|rivals?|competitors?|compared (?:with|to)|against|compete(?:s|d)? with|competing with|keep(?:s|ing)? pace with|kept pace with|catch(?:es|ing)? up with|ahead of|(?<!(?:company|start-?up|startup|firm|team|group|maker|developer|lab|people|unit|business|money|force) )behind|trailing|trails|lagging|investors?|backers?|shareholders?|matches|beats|outperforms|(?<=(?:most[- ](?:used|popular|downloaded|valuable)|largest|biggest|second-largest|top)\s(?:[a-z-]+\s){0,4})after|edg(?:e|es|ed|ing) (?:past|out|ahead of)|surpass(?:es|ed|ing)?|overtak(?:es|ing|en)|overtook|outpac(?:es|ed|ing)|challenger|owns|home to|hometown of|birthplace of|(?<!the )following|(?:set off|started|triggered|sparked|kicked off|begun|ignited|touched off|unleashed) by)\b|包括|例如|如(?!今|果|何|此|同)|相比(?!之下)|对手|投资方|股东|超越|领先|面临|跟投)(?:(?!,\s(?:while|but|whereas|although|though)\s)[^.;:!?。；：]|(?<=(?<![a-z])(?:ltd|inc|co|corp|plc))\.|\.(?=[a-z]))*$/;

// ("将预训练团队并入阿里", "卖给腾讯": the company something went to, the object of the verb, not the subject)
const WEAK_OBJECT_ZH = /(?:并入|卖给|售予|出售给|转让给|转投|加盟|投奔)\s?$/;
// ("小米则选择与阿里巴巴的通义千问合作", "which partnered with Alibaba", "signed a deal with Zhipu": the partner a company works
// with, not the subject of what follows; nor the later ones of a list, "a string of deals with Alibaba, Tencent and state
// funds")
const PARTNER_BEFORE = /(?:(?<![a-z])(?:partner(?:ed|ing|s)?|team(?:ed|s|ing)? up|tie-up|tied up|deals?|agreements?|partnerships?|alliance) with(?: the)?(?:\s[a-z0-9.&'’-]+(?: [a-z0-9.&'’-]+){0,3}(?:,| and| &)){0,4}|(?:与|和|同|跟)(?:[^\s，,。；;、]{1,8}的)?)\s?$/;
const PARTNER_AFTER_ZH = /^(?:的[^\s，,。；;]{0,10})?\s?(?:达成|展开|开展|深化)?(?:合作|签约|联手|结盟)/;

// "according to IDC", "as per LSEG data", "据IDC": the source of a figure, not its subject
// ("analysts polled by LSEG", "estimates compiled by Bloomberg": a source of data, not a subject)
const NEW_CLAUSE_BEFORE = /[^,]{12},\s(?:and|while|but)\s$/;
const WEAK_SOURCE = /(?:(?<![a-z])(?:according to|as per|data from|a report by|report from|estimates from|polled by|compiled by|surveyed by|tracked by|told|telling)(?: the)?|据|根据)\s?$/;
// ("Zhipu's closest rival, MiniMax, reported …": a company named only to place another, the one in apposition, which
// is the subject)
const RIVAL_OF = String.raw`(?:'s|’s) (?:(?:closest|biggest|nearest|main|chief|largest|smaller|bigger|larger|domestic|local|listed|fellow|key) ){0,2}(?:rival|competitor|peer|counterpart)`;
const RIVAL_OF_NAMED_BEFORE = new RegExp(String.raw`${RIVAL_OF},\s?$`);
const RIVAL_OF_NAMED_AFTER = new RegExp(String.raw`^${RIVAL_OF},\s(?=[a-z0-9])`);
// ("founded by former Microsoft executive Jiang Daxin", "a Google engineer": a person's employer, not the subject)
// ("由阿里巴巴领投", "获得腾讯、米哈游等追加投资": investors, each of a list closed by 等; "腾讯旗下投资平台获配约3.6亿元": an
// investor allotted shares in an offering)
// (and a source of forecasts named before its kind, "the LSEG consensus", "a Reuters poll", "a Bloomberg survey")
const WEAK_AFTER = /^(?:(?:'s)?\s(?:consensus|polls?|surveys?)(?![a-z])|(?:\s?[、，,]\s?[^\s、，,。；;]{1,12}){0,4}\s?等|(?:\s?[、和及与]\s?[^\s、，,。；;]{1,12}){0,4}\s?(?:联合)?(?:领投|跟投|参投)|(?:旗下[^\s，,。；;]{0,10})?\s?(?:获配|认购|認購)|-(?:backed|led|owned|funded|controlled)(?![a-z])|(?:'s)? (?:backing|investment in)(?![a-z])|\s(?:executives?|engineers?|employees?|researchers?|veterans?|alumn(?:us|i|a)|scientists?|staffers?)(?![a-z])|\s(?:led|co-led) (?:a|an|the|its) (?:[$¥\w.]+ )?(?:investment|round|funding|financing|next|latest|new|series)(?![a-z]))/;

// "擬將旗下智能汽車業務「絕影」分拆", "旗下芯片公司“昆仑芯”": a business the company names as its own, by a name of its
// own; its figures are that business's, not the company's
// (a business, not an app: "旗下“跃问”App" names a product, whose company the text goes on about)
const UNIT_INTRO_ZH = /旗下(?:的)?[^，。；;,「」“”『』]{0,12}?(?:业务|公司|子公司|部门|板块|单元)[「“『]([^」”』\s]{2,10})[」”』]/g;

// "Kunlunxin, the AI chip unit of Baidu", "Kunlunxin, Baidu's chip unit", "Baidu's chip unit, Kunlunxin,": a unit named in
// apposition to the company that owns it (one word written with a capital, so a proper name: not "Marketing services,
// Tencent's advertising arm"; the owner must be a company we know)
const UNIT_NOUN = String.raw`(?:[a-z-]+ ){0,3}(?:unit|subsidiary|arm|division|affiliate|spin-?off)`;
const UNIT_INTRO_EN = new RegExp(
  String.raw`(?<![a-z0-9])([a-z][a-z0-9-]{2,20}), (?:(?:the|a|an) ${UNIT_NOUN} (?:of|owned by|controlled by) ([a-z][a-z0-9.&-]*(?: [a-z][a-z0-9.&-]*)?)|([a-z][a-z0-9.&-]*)'s ${UNIT_NOUN}(?![a-z]))` +
    String.raw`|(?<![a-z0-9])([a-z][a-z0-9.&-]*)'s ${UNIT_NOUN}, ([a-z][a-z0-9-]{2,20}),`,
  'g',
);
const UNIT_WORD = /(?<![a-z])(?:unit|subsidiary|arm|division|affiliate|spin-?off)(?![a-z])/g;
// (words that stand before such a comma without naming anything: "the company, a unit of Baidu")
const NOT_A_NAME = new Set(['company', 'firm', 'group', 'startup', 'business', 'businesses', 'unit', 'arm', 'division', 'subsidiary', 'maker', 'developer', 'platform', 'app', 'service', 'services', 'brand', 'it', 'which', 'that', 'one', 'cloud', 'chipmaker', 'operator', 'lab', 'venture', 'games', 'gaming', 'advertising', 'fintech', 'commerce', 'marketing', 'search']);
const knownCompany = (words: string | undefined): boolean => words !== undefined && (ALIAS_TO_ENTITY.has(words) || ALIAS_TO_ENTITY.has(words.split(' ')[0]!));

/**
 * The names a text gives its companies' units ("旗下…业务「绝影」", "Kunlunxin, the AI chip unit of Baidu"), when they are no
 * company name already; and where an owner is named inside such an apposition ("of Baidu", "Baidu's"), no subject there.
 */
function unitNames(norm: string, text: string): { names: Set<string>; owners: Set<number> } {
  const names = new Set<string>();
  const owners = new Set<number>();
  const add = (name: string | undefined, at = -1) => {
    if (name && !ALIAS_TO_ENTITY.has(name) && !OTHERS.has(name) && !NOT_A_NAME.has(name) && (at < 0 || /[A-Z]/.test(text[at] ?? ''))) names.add(name);
  };
  if (HAS_CJK.test(norm)) {
    UNIT_INTRO_ZH.lastIndex = 0;
    for (let m = UNIT_INTRO_ZH.exec(norm); m; m = UNIT_INTRO_ZH.exec(norm)) add(m[1]);
  }
  // (looked for only around the rare words "unit", "arm", "subsidiary" …: a pattern tried at every word of the page cost
  // about 15 ms a megabyte)
  UNIT_WORD.lastIndex = 0;
  for (let w = UNIT_WORD.exec(norm); w; w = UNIT_WORD.exec(norm)) {
    const from = Math.max(0, w.index - 100);
    const window = norm.slice(from, Math.min(norm.length, w.index + 48));
    UNIT_INTRO_EN.lastIndex = 0;
    for (let m = UNIT_INTRO_EN.exec(window); m; m = UNIT_INTRO_EN.exec(window)) {
      const at = from + m.index;
      // (a word the window cut in two is no name)
      if (at > 0 && /[a-z0-9]/.test(norm[at - 1]!)) continue;
      if (m[1] !== undefined && knownCompany(m[2] ?? m[3])) {
        add(m[1], at);
        if (names.has(m[1])) owners.add(at + m[0].lastIndexOf((m[2] ?? m[3])!));
      } else if (m[5] !== undefined && knownCompany(m[4])) add(m[5], at + m[0].length - m[5].length - 1);
    }
  }
  return { names, owners };
}

/** `opening`: the text starts at its page's start, so its first lines may name the company it opens on. */
export function findMentions(norm: string, text: string = norm, opening = true): Mention[] {
  const found: Found[] = [];
  scan(LATIN_RE, norm, found);
  if (HAS_CJK.test(norm)) scan(CJK_RE, norm, found);
  scanIndexNames(norm, found);
  // (after the names: at one place a name, "中国移动", "chinese tech companies", wins over a group)
  scanMarketGroups(norm, found);
  const possessiveAt = possessives(norm);
  scanPlaces(norm, possessiveAt, found);
  scanUnknownOwners(norm, text, possessiveAt, found);
  if (opening) scanLeadCompany(norm, text, found);
  scanDealGroups(norm, found);
  scanMeasuresInChina(norm, found);
  const { names: units, owners } = unitNames(norm, text);
  // (a Latin name as a whole word only)
  const word = (name: string, at: number) => !/^[a-z]/.test(name) || !/[a-z0-9]/.test((norm[at - 1] ?? ' ') + (norm[at + name.length] ?? ' '));
  for (const name of units) for (let at = norm.indexOf(name); at >= 0; at = norm.indexOf(name, at + name.length)) if (word(name, at)) found.push({ start: at, end: at + name.length, text: name, index: false });
  // leftmost first; at one place a company name before an index name; no overlaps
  found.sort((a, b) => a.start - b.start || Number(a.index) - Number(b.index));
  const out: Mention[] = [];
  let end = 0;
  for (let k = 0; k < found.length; k++) {
    const f = found[k]!;
    if (f.start < end) continue;
    if (f.place !== undefined) {
      // (a company named inside the phrase is its subject: "Hangzhou's DeepSeek")
      const next = found[k + 1];
      if (next && next.start < f.place) continue;
      // (nor a place in an apposition to a company: "Alibaba, the city's biggest employer in the sector, said")
      const prev = out[out.length - 1];
      if (prev && prev.kind !== 'index' && /^,\s?$/.test(norm.slice(prev.end, f.start))) continue;
      end = f.end;
      out.push({ start: f.start, end: f.end, entity: null, kind: 'other', weak: false, place: true });
      continue;
    }
    end = f.end;
    if (f.index) {
      out.push({ start: f.start, end: f.end, entity: null, kind: 'index', weak: false });
      continue;
    }
    const before = norm.slice(Math.max(0, f.start - 80), f.start);
    // "backed by Alibaba", "Alibaba-backed", "腾讯等": an investor or one of a list, not the subject
    const partner = PARTNER_BEFORE.exec(before);
    // (but "won a contract from a state-owned grid operator in April, and iFlytek signed …": a company that opens a clause of
    // its own after ", and", with no company just before the comma (no list), is that clause's subject, out of the reach
    // of the words before)
    const opensClause = NEW_CLAUSE_BEFORE.test(before) && !(out.length > 0 && /^\s?,\s(?:and|while|but)\s$/.test(norm.slice(out[out.length - 1]!.end, f.start)));
    const weak = owners.has(f.start) || (WEAK_BEFORE.test(withoutAsides(before)) && !RIVAL_OF_NAMED_BEFORE.test(before) && !opensClause) || WEAK_SOURCE.test(before) || WEAK_OBJECT_ZH.test(before) || WEAK_AFTER.test(norm.slice(f.end, f.end + 40)) || RIVAL_OF_NAMED_AFTER.test(norm.slice(f.end, f.end + 40)) || (partner !== null && (/[a-z]/.test(partner[0]) || PARTNER_AFTER_ZH.test(norm.slice(f.end, f.end + 16))));
    if (OTHERS.has(f.text) || units.has(f.text) || f.unknown || f.deals) {
      out.push(f.deals ? { start: f.start, end: f.end, entity: null, kind: 'other', weak, deals: true } : { start: f.start, end: f.end, entity: null, kind: 'other', weak });
      continue;
    }
    if (f.market) {
      out.push({ start: f.start, end: f.end, entity: 'china-market', kind: 'company', weak, group: true });
      continue;
    }
    const entity = ALIAS_TO_ENTITY.get(f.text);
    // ("Zhipu and MiniMax, the two Chinese model makers that trade publicly", "China's top AI start-ups": a few companies
    // counted or ranked, no market)
    if (entity === 'china-market' && COUNTED_BEFORE.test(norm.slice(Math.max(0, f.start - 24), f.start))) {
      out.push({ start: f.start, end: f.end, entity: null, kind: 'other', weak });
      continue;
    }
    // ("若剔除科大讯飞，其余三家合计营收49.6亿元，增速高达62%", "Excluding iFlytek, the other three's revenue rose 62%": a company
    // named as the one left out is no subject)
    if (entity && EXCLUDED_BEFORE.test(norm.slice(Math.max(0, f.start - 14), f.start))) {
      out.push({ start: f.start, end: f.end, entity: null, kind: 'other', weak });
      continue;
    }
    // ("DeepSeek…在国内大模型API市场份额约18%": the market named as where a company's share is, not as a subject)
    if (entity === 'china-market' && MARKET_AS_PLACE_ZH.test(norm.slice(Math.max(0, f.start - 2), f.start)) && SHARE_IN_AFTER_ZH.test(norm.slice(f.end, f.end + 14))) continue;
    if (entity) out.push(PRODUCT_NAMES.has(f.text) ? { start: f.start, end: f.end, entity, kind: 'company', weak, product: true } : { start: f.start, end: f.end, entity, kind: 'company', weak });
  }
  return out;
}

/** The month the fiscal year of the first company a text names ends, where not December (null otherwise). */
export function fiscalYearEndOf(mentions: Mention[]): number | null {
  const first = mentions.find((m) => m.kind !== 'index' && m.entity !== null);
  return (first && FISCAL_YEAR_END[first.entity!]) ?? null;
}
