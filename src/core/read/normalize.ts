// One-for-one character normalisation, so offsets into the normalised text are offsets into the original:
// full-width digits and signs become ASCII (`７２４` → `724`), letters become lower case, and the traditional
// characters that matter for reading figures become simplified (`億` → `亿`, `營收` → `营收`, `騰訊` → `腾讯`).

const TRADITIONAL = '億萬幣減虧損淨營經調額現資開發長報專業務於為總處達約過逾較歸屬當實費術場佔點間將預計標劃縮擴漲跌蟬聯連續個們顯價規財華爾見聞騰訊飛湯貿應週周轉儲備動產淨雲視覺創導絕駕駛輛車計程達億類團團貨幣匯兌淨體齊盤據數層萬級增長減損營運稅務銷購買賣從來強際與銀證監縣網電腦頭條豐廣告訂閱擁潤節譜階躍員戶參環億會準則國';
// (more of the traditional characters of business news: 遊戲 → 游戏, 廠 → 厂, 賬 → 账, 鏈 → 链 ...)
const TRADITIONAL_MORE = '遊戲東門關問題區對後這還進邊機構樣權統維線組結給紀紅純納績羅蘿蔔無爭獲畫碼礎積穩競範簡紐細終緊編練繼習聲職聽興舉舊藥虛衝補製複親覽觀記設許評試詢該認語說請諾謝識議護讀變讓負貢販貴賬賺贏趨軟輕載輸農遠適選邁醫釋針錢錄鍵鏈陸陳險隨雖雙離難靈響頁項順領頻風馬驅驗龍嚴優傳倉兒內兩劇勢勝協單啟啓圖圍塊壓夠夥屆幫廠張彙徑復態慮戰擇擔擬擊敗斷時書極樂歐歲歷氣決況測滿潛濟熱狀獨獎異盡眾矽確種稱筆簽籌綜臺葉蘋號裝討訓託訪詳誤課談論諮質賽輪辦邏採鋒錯隊雜韓頂顧願飆餘庫鐘憑衛麼傑凱倫紹蓋撥攤僅勞麥輝鋰臉鬥紛讚貼錦豬貓鑽礦鐵滙劉遞隻';
const SIMPLIFIED = '亿万币减亏损净营经调额现资开发长报专业务于为总处达约过逾较归属当实费术场占点间将预计标划缩扩涨跌蝉联连续个们显价规财华尔见闻腾讯飞汤贸应周周转储备动产净云视觉创导绝驾驶辆车计程达亿类团团货币汇兑净体齐盘据数层万级增长减损营运税务销购买卖从来强际与银证监县网电脑头条丰广告订阅拥润节谱阶跃员户参环亿会准则国';
const SIMPLIFIED_MORE = '游戏东门关问题区对后这还进边机构样权统维线组结给纪红纯纳绩罗萝卜无争获画码础积稳竞范简纽细终紧编练继习声职听兴举旧药虚冲补制复亲览观记设许评试询该认语说请诺谢识议护读变让负贡贩贵账赚赢趋软轻载输农远适选迈医释针钱录键链陆陈险随虽双离难灵响页项顺领频风马驱验龙严优传仓儿内两剧势胜协单启启图围块压够伙届帮厂张汇径复态虑战择担拟击败断时书极乐欧岁历气决况测满潜济热状独奖异尽众硅确种称笔签筹综台叶苹号装讨训托访详误课谈论咨质赛轮办逻采锋错队杂韩顶顾愿飙余库钟凭卫么杰凯伦绍盖拨摊仅劳麦辉锂脸斗纷赞贴锦猪猫钻矿铁汇刘递只';

// (and more that decide a reading: 分別 → 分别 "respectively", 並 → 并, the regions 東南亞, 菲律賓, 貢獻 "contributed" ...)
const TRADITIONAL_EXTRA = '別並併義佈僱儘寬島帶廳彈徵揚撐殺滬漢濱燈牽療碩礙禮窮築緣罰臨艱蘇襲觸診詞謂贊趕跡蹤辭鄰鏡閉闊陣陽隱靜養馳鬆魚鳥麗黨齡亞賓獻';
const SIMPLIFIED_EXTRA = '别并并义布雇尽宽岛带厅弹征扬撑杀沪汉滨灯牵疗硕碍礼穷筑缘罚临艰苏袭触诊词谓赞赶迹踪辞邻镜闭阔阵阳隐静养驰松鱼鸟丽党龄亚宾献';

// (and the rest of those Hong Kong and Taiwan business pages use, found in the traditional-character test articles and
// never in the simplified ones: 債 "debt", 賠償 "damages", 訴訟 "suit", 燒 "burn", 蝕 "loss", 換 "convert", 緩 "slow" ...)
const TRADITIONAL_NEWS = '師寶話勵執緩審換艦賃絡須掛債崑崙尋搶勁吳黃憂熾奪學燒銘龐賠償暫責賴遜訴廂灣蝕溫薦沒幾卻夢輔爐鎖曉檢註籤園圓傾誰側拋訟榮晉饋顆講煉賢恆堅滲侖譚湧剛偉憶閒斂裏檔欄橋駐糾穎織楊寫犧壞軍掃藍';
const SIMPLIFIED_NEWS = '师宝话励执缓审换舰赁络须挂债昆仑寻抢劲吴黄忧炽夺学烧铭庞赔偿暂责赖逊诉厢湾蚀温荐没几却梦辅炉锁晓检注签园圆倾谁侧抛讼荣晋馈颗讲炼贤恒坚渗仑谭涌刚伟忆闲敛里档栏桥驻纠颖织杨写牺坏军扫蓝';

// (and those of sustainability reports: 清潔 "clean", 綠電 "green power", 廢棄 "waste", 入稟 "filed a suit")
const TRADITIONAL_ESG = '潔綠廢稟';
const SIMPLIFIED_ESG = '洁绿废禀';

const MAP = new Map<string, string>();
const PAIRS: [string, string][] = [
  [TRADITIONAL, SIMPLIFIED],
  [TRADITIONAL_MORE, SIMPLIFIED_MORE],
  [TRADITIONAL_EXTRA, SIMPLIFIED_EXTRA],
  [TRADITIONAL_NEWS, SIMPLIFIED_NEWS],
  [TRADITIONAL_ESG, SIMPLIFIED_ESG],
];
for (const [from, to] of PAIRS) for (let i = 0; i < from.length && i < to.length; i++) MAP.set(from[i]!, to[i]!);
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
  const out = base.replace(TO_MAP, replace);
  // (Taiwan writes growth 成長, "較去年12月成長85%", "營收年成長30%", where the mainland writes 增长: one word for the
  // readings, two characters for two)
  return out.includes('成长') ? out.replace(GROWTH_TW, '增长') : out;
}
const GROWTH_TW = /成长/g;
