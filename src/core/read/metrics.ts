// Metric cue words (English and simplified Chinese; traditional is simplified by normalizeText), found once per
// text with one hoisted regex. `pickMetric` in attribute-metric.ts chooses among the cues around a figure.
import type { MetricId } from '../vocabulary';
import { clauseStart } from './sentences';

/** [pattern, metric]; longer, more specific patterns first. `margin` is resolved against earlier margin cues. */
const CUES: [string, MetricId | 'margin'][] = [
  // losses and profits
  [String.raw`adjusted net loss(?:es)?|adj\.? net loss|adjusted loss(?:es)?|non-gaap net loss|on an adjusted basis|经调整净亏损|经调整亏损净额|经调整亏损|调整后净亏损`, 'adjusted-net-loss'],
  [String.raw`adjusted net (?:profit )?margins?|non-(?:gaap|ifrs) net (?:profit )?margins?|经调整净利润率|经调整净利率|调整后净利润率`, 'other:adjusted-net-margin'],
  [String.raw`net (?:loss )?margins?|net profit margin|净利润率|净利率`, 'other:net-margin'],
  // (what a sale or a user leaves after its own costs, before fixed costs: no gross margin)
  [String.raw`contribution margins?|(?:边际)?贡献利润率|边际贡献率`, 'other:contribution-margin'],
  // (and "利润率约9.5%": a margin, of the profit the sentence named)
  // (and "RMB 5.4 billion, a 9.6% margin": the word right after a percent names it)
  [String.raw`margin (?=estimate|of|was|is|at|to|improv|narrow|widen|guidance)|(?<=\d\s?(?:%|per ?cent|percent)\s)margin(?![a-z])|(?<![净毛])利润率`, 'margin'],
  [String.raw`gross margins?|gross profit margin|(?<![a-z])gpm(?![a-z])|毛利率`, 'gross-margin'],
  [String.raw`operating margins?|营业利润率|经营利润率|经营溢利率|营运利润率`, 'other:operating-margin'],
  [String.raw`non-gaap net (?:profit|income)|adjusted net (?:profit|income)|non-gaap (?:profit|earnings)|non-ifrs (?:net )?(?:profit|income|earnings)|不按美国通用会计准则[^。]{0,20}?净利润|非(?:美国)?(?:国际财务报告|通用会计|公认会计)准则(?:(?!经营|营业)[^。]){0,24}?(?:盈利|净利润|利润)|经调整净利润`, 'other:non-gaap-net-profit'],
  // ("扣非净利润仍亏损1.96亿元": the profit before one-off items, a loss)
  [String.raw`(?:扣非(?:后)?|扣除非经常性损益[^。]{0,6})净利润?\s?(?:仍|则|继续|依然|再度|首次)?\s?(?:为|录得)?\s?亏损`, 'other:net-loss-excl-nonrecurring'],
  // (and a clause that opens "扣除非经常性损益后," and goes on to the profit or loss it qualifies: "扣除非经常性损益后，公司前三季度
  // 归母净利润为-4.12亿元", "扣除非经常性损益后，首三季仍亏损2.46亿元", "但扣除非经常性损益后仍亏损1.35亿元")
  [String.raw`扣除非经常性损益后\s?[，,]?(?:[^。；;，,\d]|(?:19|20)\d\d年){0,16}?(?:仍|则|继续|依然)?\s?(?:录得)?\s?(?:净亏损|亏损)`, 'other:net-loss-excl-nonrecurring'],
  [String.raw`扣非净利润|扣非后净利润|扣除非经常性损益(?:[^。]{0,6}|后\s?[，,](?:[^。；;，,\d]|(?:19|20)\d\d年){0,16}?)净利润`, 'other:net-profit-excl-nonrecurring'],
  // (and in English: "net profit excluding one-off items", "Excluding one-off items such as government subsidies, profit
  // was …")
  [String.raw`(?:net )?(?:loss|losses) (?:excluding|before|stripping out) (?:one-off|one-time|non-recurring|nonrecurring|extraordinary) (?:items|gains|charges)|excluding (?:one-off|one-time|non-recurring|nonrecurring|extraordinary) (?:items|gains|charges)(?: such as [a-z -]{1,40})?,? (?:the )?(?:net )?(?:loss|losses)`, 'other:net-loss-excl-nonrecurring'],
  [String.raw`(?:net )?(?:profit|income|earnings) (?:excluding|before|stripping out) (?:one-off|one-time|non-recurring|nonrecurring|extraordinary) (?:items|gains|charges)|excluding (?:one-off|one-time|non-recurring|nonrecurring|extraordinary) (?:items|gains|charges)(?: such as [a-z -]{1,40})?,? (?:the )?(?:net )?(?:profit|income|earnings)`, 'other:net-profit-excl-nonrecurring'],
  [String.raw`earnings per share|(?<![a-z])eps(?![a-z])|每股(?:美国存托股)?收益|每股(?:美国存托股)?盈利`, 'other:eps'],
  [String.raw`扣非(?:后)?净亏损|扣除非经常性损益[^。]{0,6}净亏损`, 'other:net-loss-excl-nonrecurring'],
  // (a loss or profit before tax, or from operations, is not the net figure: "an operating loss of 2 billion yuan",
  // "profit before tax", "除税前溢利", "经营亏损")
  // ("adjusted EBITDA loss", "经调整EBITDA亏损": a loss before interest, tax and write-downs, never the net loss)
  [String.raw`ebitda loss(?:es)?|ebitda\s?亏损`, 'other:ebitda-loss'],
  [String.raw`ebita loss(?:es)?|ebita\s?亏损`, 'other:ebita-loss'],
  [String.raw`operating loss(?:es)?|loss(?:es)? from operations|经营(?:性)?亏损|营运亏损`, 'other:operating-loss'],
  [String.raw`pre-?tax (?:profit|income|earnings)|(?:profit|income|earnings) before (?:income )?tax(?:es|ation)?|除?税前(?:溢利|利润|盈利)`, 'other:pretax-profit'],
  [String.raw`pre-?tax loss(?:es)?|loss(?:es)? before (?:income )?tax(?:es|ation)?|除?税前亏损`, 'other:pretax-loss'],
  [String.raw`经营溢利|营运溢利`, 'other:operating-profit'],
  // (other lines of an income statement or balance sheet that a bare "loss" or "revenue" would take for the net loss or
  // the revenue: "total comprehensive loss", "fair value losses on preferred shares", "deferred revenue", GMV)
  [String.raw`(?:total )?comprehensive loss(?:es)?|全面亏损(?:总额)?|综合亏损(?:总额)?`, 'other:comprehensive-loss'],
  [String.raw`fair[- ]value (?:loss(?:es)?|gains?|changes?)|(?:loss(?:es)?|changes?) (?:arising )?(?:from|in|on) (?:changes in )?(?:the )?fair value|公允价值变动(?:损失|亏损|损益|收益)?`, 'other:fair-value-change'],
  [String.raw`gross merchandise (?:volume|value)|(?<![a-z])gmv(?![a-z])|商品交易总额|成交总额`, 'other:gmv'],
  [String.raw`deferred revenues?|contract liabilit(?:y|ies)|合同负债|递延收入`, 'other:deferred-revenue'],
  [String.raw`net loss(?:es)?|(?<![a-z])loss(?:es)?(?![a-z]|-(?:making|hit|ridden))|lost|loses|losing|净亏损|亏损额|亏损`, 'net-loss'],
  // (not "盈利预警", "盈利预告": a profit warning, a pre-announcement, which may tell of a loss)
  [String.raw`net (?:profit|income)|(?<!gross )profits?|earnings(?! before)|归母净利润|净利润|纯利润?|純利潤?|利润|盈利(?!预警|預警|预告|預告)|(?:股东)?应占溢利|(?<!经营|营运|税前)溢利`, 'net-profit'],
  [String.raw`gross profit|毛利`, 'other:gross-profit'],
  // (the name spelled out with its acronym after it is one cue, so that a word before the name, "adjusted", is its)
  [String.raw`earnings before interest,? taxes,? and amorti[sz]ation(?: \(ebita\))?|ebita`, 'other:ebita'],
  [String.raw`ebitda`, 'other:ebitda'],
  [String.raw`operating (?:profit|income)|营业利润|经营利润|经营盈利`, 'other:operating-profit'],
  [String.raw`operating cash outflows?|net cash outflows? from operat\w+|net cash used (?:in|by) operat\w+(?: activities)?|经营活动现金流净流出|经营(?:活动)?现金(?:净)?流出|现金净流出|净流出`, 'other:operating-cash-outflow'],
  [String.raw`(?:net )?(?:operating )?cash (?:out)?flows? from operat\w+|net cash (?:generated|provided) (?:from|by) operat\w+(?: activities)?|operating cash (?:out)?flows?|经营活动现金流净流出|经营活动(?:产生的)?现金流量?(?:净额)?|经营现金流`, 'other:operating-cash-flow'],
  [String.raw`free cash (?:out|in)?flows?|自由现金流`, 'other:free-cash-flow'],
  // (what a balance sheet owes, and its cash net of that: "short-term borrowings of 5.8 billion yuan", "net cash of 218
  // billion yuan" are no amounts of cash, and two of them read as cash would look like two sources disagreeing; cash
  // with deposits and short-term investments, "total cash", stays cash, as writers report it)
  [String.raw`net cash(?: position)?|净现金(?!流)`, 'other:net-cash'],
  [String.raw`net debt|净负债(?!率)`, 'other:net-debt'],
  [String.raw`(?:debt|liabilit(?:y|ies))[- ]to[- ](?:assets?|equity)(?: ratio)?|gearing(?: ratio)?|资产负债率|负债率`, 'other:debt-ratio'],
  [String.raw`short-term (?:bank )?(?:borrowings|loans|debt)|短期借款`, 'other:short-term-borrowings'],
  [String.raw`long-term (?:bank )?(?:borrowings|loans|debt)|长期借款`, 'other:long-term-borrowings'],
  [String.raw`(?:total |bank |interest-bearing )?borrowings|(?:total |gross |outstanding )?debt(?![- ]to)|(?:bank|syndicated|term) loans?|有息负债|银行借款|银行贷款|银团贷款|借款`, 'other:borrowings'],
  // R&D
  [String.raw`r&d (?:expense |spending )?ratio|r&d (?:as (?:a )?(?:%|percent(?:age)?|share) of|to) (?:total )?revenue|研发费用率|研发投入占比|研发占比`, 'rd-ratio'],
  [String.raw`(?:r&d|research and development)(?: (?:expenses?|expenditures?|spending|costs?|investments?|outlays?))?|research (?:spending|expenses?|expenditures?|costs?)|研发费用|研发投入|研发开支|研发支出|研发`, 'rd-expense'],
  // (what revenue cost, not revenue: "Cost of revenue rose 88% to $131 million", "营业成本")
  [String.raw`costs? of (?:revenues?|sales|goods sold)|营业成本|销售成本|营收成本`, 'other:cost-of-revenue'],
  // (revenue with a part taken out, "revenue excluding the divested unit", "like-for-like sales", is not the reported total;
  // nor are orders booked; 新签订单金额 stays the value of contracts signed)
  // (and the basis said on its own: "on a like-for-like basis, revenue rose 11%", "若剔除已出售业务，同口径增长11%")
  [String.raw`(?:revenues?|sales) (?:excluding|ex-|stripping out|net of|minus)|like-for-like (?:revenues?|sales)|organic (?:revenues?|sales)|on a like-for-like basis,? (?:revenues?|sales)|同口径(?:收入|营收)?|可比口径(?:收入|营收)?`, 'other:adjusted-revenue'],
  [String.raw`(?:new )?bookings|order intake`, 'other:bookings'],
  // (an impairment booked: "信用减值损失为2.1亿元", "an impairment charge of 3 billion yuan"; not the net loss it drove)
  [String.raw`(?:信用|资产|商誉)?减值损失|impairment (?:charges?|loss(?:es)?)`, 'other:impairment'],
  // (money set aside to cut staff or close units: "restructuring charges of 1.26 billion yuan weighed on profit", "重组费用";
  // not the profit it weighed on)
  [String.raw`(?:severance|restructuring)(?: and (?:other )?(?:severance|restructuring))? (?:charges?|costs?|expenses?|payments?|pay)|重组费用|重组成本|裁员补偿|遣散费`, 'other:restructuring-charges'],
  // (the market's money, no company's: "大市成交额2800亿港元", "南向资金净买入98亿港元", "southbound investors bought a net")
  [String.raw`大市成交(?:额|金额)|全市场成交(?:额|金额)|(?:沪深)?两市成交(?:额|金额)|market turnover`, 'other:market-turnover'],
  [String.raw`南向资金|北向资金|港股通资金|southbound (?:investors|funds|flows?|buying|selling)|northbound (?:investors|funds|flows?)`, 'other:southbound-flow'],
  // revenue of several kinds
  // (a run rate is revenue annualised from a recent month or quarter: "a $10 billion revenue run rate", not a year's revenue)
  // (and "was running at an annualised rate of roughly $340 million")
  // ("generating recurring revenue at a pace of more than $500 million a year", "sales at an annual rate of": a run-rate)
  [String.raw`(?:running|runs|run) at an annuali[sz]ed (?:rate|pace)|(?:revenue|sales) at an annual(?:i[sz]ed)? (?:rate|pace|clip) of|recurring revenue at a (?:rate|pace|clip) of|annual(?:i[sz]ed)? recurring revenue|run[- ]rate (?:revenue|sales)|annuali[sz]ed (?:revenue )?run[- ]rate|annuali[sz]ed (?:[a-z-]+ )?(?:revenue|sales)|(?:revenue |sales )?run[- ]rate|(?<![a-z])arr(?![a-z])|年度经常性收入|年化经常性收入|年化收入|年化营收`, 'arr'],
  // (and "its share of Baidu Core revenue", "share of group revenue": of the company's own revenue, not a market's)
  // (and "see the overseas share staying above 70%": the share of revenue earned abroad, not a share sold overseas)
  [String.raw`share of (?:total |group |the group's |overall |(?!(?:china|chinese|the|market|industry|global|world|cloud)(?:'s)?\s)[a-z-]+ core )?revenue|revenue share|(?:overseas|international|foreign) share(?! (?:sales?|offerings?|listings?|issues?|prices?|placements?|buybacks?|registers?|class(?:es)?|capital|count|of))|收入占比|营收占比|(?:收入|营收)的?(?:比重|比例)`, 'other:revenue-share'],
  // "Hailuo's share of China's paid AI-video market at 22-25%", "Kimi's share of China's AI chatbot traffic"
  // (and "share of China's API calls", "share of all tokens processed": a share of what a whole market uses)
  [String.raw`share of (?:the |china's |chinese |global )?(?:[a-z'’-]+ ){0,4}?(?:market|traffic|api calls|model calls|calls|tokens?(?: (?:usage|consumption|volume|processed|served))?|token (?:usage|consumption|volume))(?![a-z])`, 'market-share'],
  // ("Open-platform (API) revenue": the name glossed in parentheses; "API/MaaS revenue": a broker's two names for it)
  [String.raw`api(?:-selling|/maas)?\)? revenue|sales of api(?: access)?|(?:api|open[- ]platform) (?:\([a-z]+\) )?(?:and (?:enterprise|other)(?: services?)? )?(?:business |services? )?revenue|revenue from (?:the |its )?(?:maas |model-as-a-service )?(?:api|open platform)|revenue from [a-z ]{0,40}?(?:through|via|over) (?:an |its |the )?apis?(?![a-z])|api\s?(?:业务)?收入|开放平台\s?(?:[(（]\s?(?:maas|api)\s?[)）])?\s?(?:及企业服务|和企业服务|业务)?\s?(?:第[一二三四1-4]季度?|上半年|下半年|全年|前三季度?)?\s?(?:收入|营收)`, 'api-revenue'],
  [String.raw`revenue growth|sales growth|营收增速|收入增速|营收增长率`, 'revenue-growth'],
  // ("sales collections", the cash a company collects from its customers in the period, no sales)
  [String.raw`(?:sales|cash) collections?`, 'other:sales-collections'],
  [String.raw`revenues?|sales|(?<!on )turnover|top line|营业收入|营业额|营收|总收入|收入`, 'revenue'],
  // ("AI-powered businesses … generated 11.4 billion yuan", "the open platform brought in $61.3 million": money a business
  // takes in is its revenue)
  [String.raw`generated|brought in|raked in|took in`, 'revenue'],
  // a segment named on its own: "AI Cloud grew 33%", "百度AI雲強勁增長33%"
  // (and what it takes in, "its Cloud Intelligence Group brought in 45.3 billion yuan": the unit's revenue, never the group's)
  [String.raw`(?:ai )?cloud(?: (?:unit|division|business|segment|intelligence(?: group)?))?(?! infrastructure| computing infrastructure| spending| capex)(?: (?:generated|brought in|raked in|took in))?|ai云|智能云|云智能(?:集团)?|云业务|云计算业务`, 'other:segment-revenue'],
  // value and capital
  // ("the $4.3 billion it was worth": what a company was worth is its valuation)
  // ("closed a $1.2 billion round at $14 billion post-money": the worth after the new money)
  [String.raw`post-money(?: valuation)?`, 'valuation'],
  [String.raw`valuations?|valued|valuing|values? (?:it|them|(?:the |its )?(?:[a-z0-9.-]+ ){0,3}[a-z0-9.-]+) at|(?:put|puts|putting|set|sets|setting|lifted|lifting|pushed|took) (?:its|their|the (?:[a-z-]+ ){0,2}[a-z-]+(?:'s|’s)) value (?:at|to)|(?:(?:it|which|that) )?(?:was|is|were|are|be|been|had been) worth|估值`, 'valuation'],
  // (not the value of a fund's holding in a company: "基金合计持有腾讯控股市值1426.3亿元", "持仓市值", "持股市值")
  [String.raw`market (?:cap(?:itali[sz]ation)?s?|values?)|(?<!(?:持有|持仓|持股|重仓|增持|减持|买入|卖出)[^，。；,;\d]{0,10})市值`, 'market-cap'],
  [String.raw`since (?:(?:its|their|the) )?(?:[a-z0-9]+ ){0,3}?(?:debut|listing|ipo)|上市以来|上市首日`, 'share-price'],
  [String.raw`oversubscribed|subscribed|超额认购|认购倍数`, 'other:oversubscription'],
  // ("up 270% from its IPO price of HK$118": the price shares were first sold at, not money raised)
  [String.raw`(?:ipo|offer|offering|issue|listing) price`, 'share-price'],
  // ("lifted its free float to about 71% from 18%", "自由流通股比例": the part of the shares that trades; not "6.2% of the
  // free float", a base; "short interest", the part of it sold short)
  [String.raw`short interest|沽空比例|卖空比例`, 'other:short-interest'],
  [String.raw`(?<!of )(?<!of the )(?<!of its )(?:free[- ]float|public float)|自由流通(?:股)?(?:比例)?|流通股比例`, 'other:free-float'],
  // (and the sale a listing was: "raised HK$4.62 billion when it listed on Jan 8")
  [String.raw`initial public offering|(?<![a-z])ipo(?![a-z])|listing|(?:when|as) (?:it|they|the company) (?:listed|went public|floated|debuted)|募资|募集资金|集资净额|集资|首发|上市所得款[项項](?:净额|淨額)?|所得款[项項](?:净额|淨額)|招股所得|上市所得|募資|集資淨額|集資`, 'ipo-proceeds'],
  // (and "is seeking $500 million": money sought)
  // (debt sold to investors: "five-year convertible bonds", "a two-tranche dollar bond", "科创债"; what they cost, and
  // the price and premium at which they turn into shares)
  [String.raw`convertible (?:bonds?|notes?|debt)|可转(?:换)?债(?:券)?|可换股债券`, 'other:convertible-bond-issue'],
  [String.raw`conversion price|(?:初始)?转股价(?:格)?|换股价`, 'other:conversion-price'],
  [String.raw`conversion premium|转股溢价(?:率)?|换股溢价`, 'other:conversion-premium'],
  [String.raw`coupons?(?: rate)?|票面利率|票息`, 'other:coupon-rate'],
  [String.raw`(?:dollar|dim[- ]sum|senior|corporate|sci-tech|green|offshore|onshore|panda|yuan|us dollar) (?:bonds?|notes)|bond (?:sale|issue|offering|deal)|(?:公司|科创|点心|美元|绿色|熊猫)债(?:券)?|中期票据|债券`, 'other:bond-issue'],
  // (and "Investment in Chinese AI start-ups reached 68.4 billion yuan": money put into young companies is what they raised)
  [String.raw`funding|financing|fundraising|raised?|raises|raising|(?<![a-z])round(?![a-z])|tranche|(?<![a-z])(?:seek(?:s|ing)?|sought)(?![a-z])|(?<![a-z])investments? (?:in|into) (?:[a-z-]+ ){0,4}(?:start-?ups|startups)(?![a-z])|融资|(?<![a-z0-9])(?:pre-)?[a-f]\+?\s?轮|天使轮|战略轮`, 'funding'],
  // ("Moonshot burned about $400 million in the first half": cash spent, not a valuation or a loss)
  [String.raw`(?<![a-z])burn(?:ed|t|s|ing)?(?: through)?(?![a-z])|cash burn|烧钱|烧掉`, 'other:cash-burn'],
  // ("Our PT of HK$520": a broker's price target, abbreviated)
  [String.raw`target price|price target|(?<![a-z])(?:pt|tp)(?![a-z-])|(?:average|consensus|median|mean) target|目标价`, 'other:target-price'],
  // ("preferred shares", "share-based pay", "new shares" sold: capital, not the share price)
  // (and "阿里巴巴港股高开1.8%": the shares named by where they trade, then their move)
  [String.raw`share price|stock price|closed at|closing price|(?:american )?depositary (?:receipts|shares)|(?<![a-z])adrs?(?![a-z])|(?<!preferred |convertible |ordinary |new |class [ab] |h )shares(?![- ]based)|stock(?![- ]based| options| awards| compensation)|股价|股票|该股|报收|收报|收盘|收市|全日|首日|(?:港股|美股|a股|h股)\s?(?:早盘|午盘|尾盘|盘中|盘前|盘后|开盘|收盘|次日|当日|同日)?\s?(?:高开|低开|上涨|下跌|大涨|大跌|收涨|收跌|涨|跌|升)`, 'share-price'],
  // (what staff are paid: "share-based compensation", "员工薪酬", "支付给职工以及为职工支付的现金" are costs of people, not
  // the company's cash, its headcount or money raised)
  [String.raw`(?:share|stock|equity)-based (?:compensation|payments?|pay|awards?)(?: expenses?| costs?| charges?)?|(?:share|stock|equity) (?:award|incentive)s? expenses?|股份支付(?:费用|开支)?|以股份为基础的(?:薪酬|酬金|付款|支付)(?:开支|费用)?|股权激励费用`, 'other:share-based-compensation'],
  // (money spent to sell and promote: "selling and marketing expenses", "推广投入", "销售及市场推广开支"; not capital spending
  // for all its 投入, nor the costs of running the business; not "advertising spending", which is often advertisers' money
  // spent in a market)
  [String.raw`(?:selling|sales),? (?:and|&) marketing (?:expenses?|costs?|spending)|(?:marketing|promotion(?:al)?|user[- ]acquisition) (?:spending|spend|expenses?|costs?|budgets?|outlays?)|spending on (?:marketing|promotion|user acquisition)|销售及市场推广(?:开支|费用|支出)|销售及营销(?:开支|费用)|营销(?:费用|投入|开支|支出)|(?:市场)?推广(?:费用|投入|开支|支出)|获客(?:成本|费用|投入)`, 'other:marketing-expense'],
  [String.raw`staff costs?|employee (?:benefit )?(?:costs|expenses)|personnel (?:costs|expenses)|payroll costs?|wages and salaries|职工薪酬|员工薪酬(?:总额|开支|支出)?|(?:员工|雇员|人员)成本|雇员(?:福利|薪酬)(?:开支|费用)|支付给职工以及为职工支付的现金`, 'other:staff-costs'],
  // (and "had about US$1.4 billion in the bank": money a company holds)
  [String.raw`cash (?:and (?:cash )?equivalents|reserves?|pile|on hand)|(?<![a-z])cash(?![a-z])|(?<![a-z])in the bank(?![a-z])|现金储备|货币资金(?:余额)?|现金`, 'cash'],
  // (not what revenue comes from: "subscription revenue from AI high-performance computing infrastructure jumped 112%")
  // (and "AI spending", "spending on chips and data centres": what news calls the money spent on computing capacity; not
  // "spending on computing", a model maker's rented compute, a cost)
  [String.raw`capital expenditures?|capital spending|capex|(?<![a-z])(?:ai|infrastructure) spending(?![a-z])|(?<![a-z])spending on (?:ai|chips|servers|data cent(?:re|er)s|(?:ai|cloud) infrastructure)(?![a-z])|infrastructure(?<!(?:revenues?|sales|income) (?:from|of|for) (?:[a-z-]+ ){0,4}infrastructure)|invest(?:s|ed|ing)?(?![a-z])(?! (?:from|by|in (?:the|its) (?:company|start-?up)))|资本开支|资本支出|基础设施|算力投入|投入`, 'capex'],
  // the environment: what a company's data centres use and emit, as its sustainability (ESG) report tells it
  // ("renewable electricity made up 45% of its power use", "PUE fell to 1.18", "碳排放总量下降12%", "绿电占比提升至61%")
  [String.raw`(?:renewable|clean|green)(?: energy| power| electricity)?(?: (?:share|proportion|ratio|mix|usage rate))|share of (?:renewable|clean|green|carbon-free|non-fossil) (?:energy|power|electricity)|(?:可再生能源|绿电|绿色电力|清洁能源|非化石能源)(?:使用|消费)?(?:占比|比例|比重|使用率)`, 'other:renewable-share'],
  [String.raw`power usage effectiveness|(?<![a-z])pue(?![a-z])|电能利用效率|电能使用效率`, 'other:pue'],
  [String.raw`(?:emissions?|carbon) intensity|(?:碳)?排放强度|碳强度`, 'other:emissions-intensity'],
  [String.raw`(?:(?:greenhouse[- ]gas|carbon|co2|scope [123](?: and [123])?) )?emissions|(?:温室气体|碳)排放(?:量|总量)?|排放总量`, 'other:emissions'],
  // (the Chinese words of a report's power use only: "power use", "electricity consumption" in English news are said of a
  // chip, a data centre, a city or the country as readily as of the company, and read as the company's they raised
  // warnings between articles about different things, four on held-out sets 295-301)
  [String.raw`用电量|耗电量|能耗|能源消耗(?:总量)?|电力消耗(?:量)?`, 'other:energy-use'],
  [String.raw`water (?:use|usage|consumption|withdrawal)|用水量|耗水量|取水量`, 'other:water-use'],
  // people and users
  [String.raw`employees|staff|headcount|workers|(?<![a-z])employ(?:s|ed|ing)?(?![a-z])|员工|雇员`, 'headcount'],
  [String.raw`(?:paying|paid)(?: [a-z]+)? (?:users|customers|developers|subscribers|accounts)|subscribers|(?:users|customers) (?:now |who )?pay(?:s)? for|(?:people|users|subscribers|customers|members) paying (?:for|to)|(?:paying|paid) members|付费(?:订阅|会员)?用户|付费会员(?:数)?|付费订阅(?:者|数)|付费开发者|付费客户|付费企业(?:客户)?|订阅用户(?:数)?|订阅会员`, 'paying-users'],
  // (companies that buy from a company, counted: "30,000 enterprise customers", "300,000 companies now build on Qwen",
  // "企业客户超过1400家"; never its users, nor tokens or calls a sentence before named)
  [String.raw`(?:enterprise|corporate|business|government|commercial|b2b) (?:customers|clients)|(?<![a-z])(?:companies|enterprises|businesses|organi[sz]ations) (?:now |that |which )?(?:use|uses|using|build|builds|building|built|deploy|deploying|have deployed|are using|rely|relying|run|running|tap|tapping|pay|paying)(?![a-z])|企业客户|政企客户|企业用户|机构客户`, 'other:enterprise-customers'],
  // registered users are a running total, not the users active in a month
  // (and users counted since launch: "讯飞星火App累计用户已超2亿", "cumulative users")
  [String.raw`registered users|users (?:who )?registered|注册用户(?:数)?|累计(?:注册)?用户(?:数)?|累積(?:註冊)?用戶(?:數)?|cumulative users`, 'other:registered-users'],
  // (daily actives are a fact apart from monthly ones: 30 million a day and 100 million a month do not disagree)
  // (and "每日触达用户已超过3亿人", "日均活跃用户": users counted a day)
  [String.raw`daily (?:active )?(?:users|accounts)|daily actives|(?<![a-z])daus?(?![a-z])|日活跃用户(?:数)?|日活(?:用户)?|(?:每日|每天|日均)[^，。；,;\d]{0,4}用户(?:数)?`, 'other:daily-active-users'],
  // (nor are weekly actives monthly ones: ChatGPT's weekly users are no count of its monthly users)
  [String.raw`weekly (?:active )?(?:users|accounts)|weekly actives|(?<![a-z])waus?(?![a-z])|周活跃用户(?:数)?|週活躍用戶(?:數)?|周活(?:用户)?|週活`, 'other:weekly-active-users'],
  [String.raw`(?:monthly )?(?:active )?users|monthly actives|(?<![a-z])maus?(?![a-z])|月活跃用户(?:数)?|月活(?:用户)?|用户`, 'users'],
  [String.raw`downloads|下载量`, 'other:app-downloads'],
  // (registered developers are a running total, like registered users, not the developers active now)
  [String.raw`registered developers|developers (?:who )?(?:have )?registered|注册开发者(?:数量|数)?`, 'other:registered-developers'],
  [String.raw`(?:active )?developers|开发者(?:数量|数)?`, 'other:developers'],
  [String.raw`(?:new )?vehicles (?:were )?delivered|deliveries|交付量`, 'other:vehicles-delivered'],
  // models and prices
  // (and "4 yuan per million" in a sentence about tokens' prices: the tokens go without saying)
  [String.raw`per (?:1m|one million|million|mtok|1 million|1,000,000)(?: [a-z]+){0,2} tokens|per (?:one )?million(?! (?:users|people|dollars|yuan|downloads|impressions|views|shares))|per mtok|每百万token|每百万tokens|/百万tokens`, 'price-per-mtok'],
  [String.raw`(?:average )?price per (?:token|call|request)|per-token prices?|token prices?|price cuts?|discount|price (?:increase|hike|reduction)|pricing|prices|priced|(?<![a-z])price of (?:its|the|their)(?![a-z])|(?<![a-z])(?:cut|cuts|cutting|slash(?:es|ed|ing)?|rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?) the price|降价|涨价|价格`, 'price-change'],
  [String.raw`call volume|api calls|调用量`, 'call-volume-change'],
  [String.raw`context (?:length|window)|上下文长度|上下文`, 'other:context-length'],
  [String.raw`daily (?:average )?token (?:usage|consumption|use|volumes?|calls)|tokens? (?:processed )?(?:per|a|each) day|日均\s?(?:tokens|token|词元(?:\s?[(（]\s?tokens?\s?[)）])?)\s?(?:调用量|使用量|消耗量|处理量)?|日均调用量`, 'other:daily-tokens'],
  [String.raw`parameters?|params|参数`, 'parameters'],
  [String.raw`trained on|training (?:data|tokens)|训练数据`, 'training-tokens'],
  [String.raw`inference costs?|推理成本`, 'other:inference-cost'],
  // ("depreciation and amortisation rose 38% to 14.6 billion yuan", "折旧与摊销同比增长35%至131亿元": the servers bought
  // being written off, a cost of its own)
  [String.raw`depreciation(?: and amorti[sz]ation)?|(?<![a-z])d&a(?![a-z])|折旧(?:与|和|及)?(?:摊销)?`, 'other:depreciation'],
  [String.raw`operating (?:costs|expenses)|costs|expenses|spending|营业成本|成本|费用|开支`, 'other:costs'],
  [String.raw`trained (?:its |the |a |their )?(?:[a-z0-9.-]+ ){0,2}(?:model )?(?:for|at a cost of)|training (?:run )?costs?|training runs?|cost to train|to train(?: it| the model)?|训练成本`, 'training-cost'],
  [String.raw`mmlu`, 'benchmark-mmlu'],
  // (not "high-performance computing", a kind of computing)
  [String.raw`(?<!high-|high )performance(?! computing)|性能`, 'other:performance'],
  [String.raw`c-eval|ceval`, 'benchmark-ceval'],
  [String.raw`price-to-sales|p/s(?: ratio)?|市销率`, 'price-to-sales'],
  // (and "企業價值與銷售額比率約85倍": the same ratio in Chinese)
  [String.raw`ev/(?:sales|revenue)|ev-to-(?:sales|revenue)|enterprise value[ -]to[ -](?:sales|revenue)|企业价值(?:与|对|/)(?:销售额?|收入|营收)(?:比率|比|倍数)?`, 'other:ev-to-sales'],
  [String.raw`ev/arr|ev-to-arr`, 'other:ev-to-arr'],
  [String.raw`price-to-earnings|p/e(?: ratio)?|市盈率`, 'other:pe-ratio'],
  // ("lost RMB1.5 for every RMB1 of revenue", "每赚1元收入亏损约2.1元": a loss per unit of revenue)
  // (and "lost about 0.9 dollars for every dollar", "for every yuan it earned": revenue understood)
  [String.raw`for (?:every|each) (?:yuan|dollar)(?: (?:it|they|the company) (?:earned|earns|made|makes|booked|books|brought in|took in))?(?= *[.,;)]| *$| in )|for every (?:(?:rmb|us\$|hk\$|\$)?(?:1|one) )?(?:yuan |dollar )?of (?:revenue|sales)|for every (?:rmb|us\$|hk\$|\$)(?:1|one) (?:of )?(?:revenue|sales)|per (?:yuan|dollar) of (?:revenue|sales)|每(?:赚|赚取|获得|录得|取得|产生)?(?:1|一)元(?:的)?(?:收入|营收)`, 'loss-per-revenue'],
  // (what each user pays, what each employee is paid, set apart from revenue per employee: "average revenue per paying
  // user rose to $4.80", "人均薪酬约104万元", "人均收入约74万元")
  // (per paying user, ARPPU, is a measure of its own: the payers are a part of the users)
  [String.raw`average revenue per (?:paying|paid) (?:user|subscriber|customer|account|member)|(?<![a-z])arppu(?![a-z])|(?:每|单)付费用户平均(?:收入|付费)|付费用户人均(?:收入|付费|消费)|人均付费(?:金额)?`, 'other:arppu'],
  [String.raw`average revenue per (?:user|subscriber|customer|account|member)|(?<![a-z])arpu(?![a-z])|(?:每|单)用户平均(?:收入|付费)|用户人均(?:收入|消费)`, 'other:arpu'],
  [String.raw`(?:average |mean )?(?:pay|salary|compensation|wages?) per (?:employee|person|head|staff member)|average (?:annual )?(?:pay|salary|compensation|wages?)(?: per (?:employee|head))?|paid (?:its )?(?:staff|employees|workers) an average of|人均(?:薪酬|工资|薪资|薪金|年薪|月薪)|平均(?:薪酬|工资|薪资|年薪|月薪)`, 'other:average-pay'],
  [String.raw`(?:revenue|sales) per (?:employee|person|head)|人均(?:收入|营收|创收)`, 'revenue-per-employee'],
  [String.raw`per (?:employee|person|head)|人均`, 'revenue-per-employee'],
  [String.raw`market share|市场份额|市占率|份额`, 'market-share'],
  // ("the market for model API calls in China was worth", "the market for AI agents will be worth": what the market is of,
  // then its worth)
  [String.raw`market size|market (?:for (?:[a-z0-9&'’-]+ ){1,6}?)?(?:is |was |will be |would be |could be )?(?:worth|valued at)|(?:sizes|sized|sizing) (?:it |the market )?at|market (?:will|would|could|is (?:expected|projected|forecast|set) to) (?:reach|hit|grow to|exceed|top|be worth)|市场规模`, 'market-size'],
  [String.raw`github stars|stars on github|(?<![a-z])stars(?![a-z])|星标`, 'github-stars'],
  // ("contracted revenue not yet recognised stood at 2.2 billion yuan", "在手订单", "未确认收入": revenue still to come, the
  // backlog, no revenue of a period)
  [String.raw`(?:order )?backlog|contracted revenue (?:not yet|yet to be) recogni[sz]ed|(?:unrecogni[sz]ed|deferred) revenue|remaining performance obligations|在手订单|未确认收入`, 'other:backlog'],
  [String.raw`contract|deal (?:worth|valued)|订单|合同`, 'contract-value'],
  [String.raw`销售回款率|回款率|collection rate`, 'other:collection-rate'],
  [String.raw`rides|trips|出行服务次数|出行次数|服务次数|出行服务订单量|出行订单量|出行服务单量|出行服务(?!收入|营收|业务)`, 'other:robotaxi-rides'],
  // trade receivables: what was collected of them, and how many days they take to collect ("周转天数" is a count of
  // days, not collections)
  [String.raw`(?:贸易)?应收(?:账款)?(?:周转天数|周转期)|(?:trade )?receivables? (?:turnover )?days|days sales outstanding`, 'other:receivable-days'],
  [String.raw`(?:贸易)?应收(?:账款)?回款(?:额)?|(?:trade )?receivables collected|collections? of (?:trade )?receivables`, 'other:receivables-collected'],
  // (and what is still owed: "应收账款为186.3亿元", "trade receivables stood at", never cash)
  [String.raw`(?:贸易)?应收账款(?:及票据)?(?:余额)?|应收款项|(?:trade |accounts )?receivables(?! (?:days|turnover|collected))|accounts receivable`, 'other:accounts-receivable'],
  [String.raw`销售回款|回款`, 'other:sales-collections'],
];

const CUE_RES = CUES.map(([p]) => new RegExp(`^(?:${p})$`));

/** The top-level alternatives of a pattern (`a|b(?:c|d)|e` → `a`, `b(?:c|d)`, `e`). */
function alternatives(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  out.push(pattern.slice(from));
  return out;
}

// Two scans, each far cheaper for V8 than one alternation of everything: cues that start with a letter or digit, at a
// word start ("sales" not in "wholesales"), and the rest, which start with a Chinese character (and may touch
// letters: "AI收入") or, one of them, with "/" ("/百万tokens"). Either kind ends at a word end when its last character
// is a letter. The alternatives keep their order.
// (a lookbehind opening an alternative must hold no group of its own, or the alternative is taken for a Chinese one and
// never found: write it at the end, "infrastructure(?<!… infrastructure)")
const startsLatin = (alt: string) => /^(?:\(\?<?[!=][^)]*\)|\(\?:)*[a-z0-9\\]/.test(alt);
const ALTERNATIVES = CUES.flatMap(([p]) => alternatives(p));
const CUE_LATIN_RE = new RegExp(`(?<![a-z])(?:${ALTERNATIVES.filter(startsLatin).join('|')})(?:(?![a-z])|(?<![a-z]))`, 'g');
const CUE_CJK_RE = new RegExp(`(?=[\u3400-\u9fff/])(?:${ALTERNATIVES.filter((a) => !startsLatin(a)).join('|')})`, 'g');
const HAS_CJK = /[\u3400-\u9fff]/;

/** Which cue a matched text is (the first pattern that matches it whole), remembered: cue words repeat. */
const metricOfText = new Map<string, MetricId | 'margin' | null>();
function metricOf(text: string): MetricId | 'margin' | null {
  let metric = metricOfText.get(text);
  if (metric === undefined) {
    // (the bare margin cue ends in a look-ahead, which a test of the matched text alone cannot pass)
    metric = /^margins? ?$/.test(text) ? 'margin' : (CUES[CUE_RES.findIndex((re) => re.test(text))]?.[1] ?? null);
    if (metricOfText.size < 5000) metricOfText.set(text, metric);
  }
  return metric;
}

export interface Cue {
  start: number;
  end: number;
  metric: MetricId | 'margin';
}

/** The cue "overseas share", "international share": the share of revenue earned abroad, its part in its own words. */
export const OVERSEAS_SHARE_CUE = /^(?:overseas|international|foreign) share$/;

/** Cues in the given sorted, disjoint ranges of the text (all of it by default). */
export function findCues(norm: string, ranges: [number, number][] = [[0, norm.length]]): Cue[] {
  const found: [number, string][] = [];
  // One forward pass per regex over all ranges: a match found past the end of one range is kept for the next (a
  // fresh scan from the next range's start would find the same one), so a sparse regex does not scan ahead again
  // from every range.
  // (`within`: a range without one of these characters has no match; testing it first keeps a sparse regex from
  // running ahead to the end of the text, as the Chinese cues would on an English page.)
  const scan = (re: RegExp, within?: RegExp) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null = null;
    for (const [from, to] of ranges) {
      if (within && !within.test(norm.slice(from, to + 4))) continue;
      if (m === null || m.index < from) {
        re.lastIndex = from;
        m = re.exec(norm);
      }
      for (; m && m.index < to; m = re.exec(norm)) {
        if (m[0].length === 0) re.lastIndex++;
        else found.push([m.index, m[0]]);
      }
      if (m === null) return;
    }
  };
  scan(CUE_LATIN_RE);
  const n = found.length;
  scan(CUE_CJK_RE, HAS_CJK);
  if (found.length > n) found.sort((a, b) => a[0] - b[0]);
  const out: Cue[] = [];
  let end = 0;
  for (const [start, text] of found) {
    if (start < end) continue;
    end = start + text.length;
    const metric = metricOf(text);
    // ("僱員福利開支（包括以股份為基礎的酬金）為22.6億元", "staff costs (including share-based pay) were": a part named in an
    // aside that says what the total includes is no metric of the figure after it)
    if (INCLUDING_ASIDE_BEFORE.test(norm.slice(Math.max(0, start - 12), start)) && /^[^()（）]{0,6}[)）]/.test(norm.slice(end, end + 8))) continue;
    // ("cut his price target on the U.S.-listed shares to $148": the shares a target is for are part of its name)
    // (and "her target price for the A-shares", "the target price for Baidu's Hong Kong shares")
    if (metric === 'share-price' && /(?:price target|target price)s? (?:on|for) (?:the |its )?(?:[a-z.'-]+ ){0,3}(?:[a-z]-)?$/.test(norm.slice(Math.max(0, start - 50), start))) continue;
    // ("gross margin on that revenue": the revenue a margin is on is part of the margin's name)
    if (metric === 'revenue' && /margins? (?:on|of) (?:that |this |the |its )?$/.test(norm.slice(Math.max(0, start - 24), start))) continue;
    // ("Adjusted EBITA margin at Cloud Intelligence Group … rose to 10.8%", "operating profit of the cloud unit": a unit named
    // after a profit or a margin is whose it is, not its revenue)
    if (metric === 'other:segment-revenue' && /(?<![a-z])(?:margins?|ebitda?|profits?|losses|loss)\s(?:at|of|for|in)\s(?:[a-z]+\s)?$/.test(norm.slice(Math.max(0, start - 30), start))) continue;
    // ("revenue from overseas developers": the people a revenue comes from describe that revenue, not a count)
    if (metric && (PEOPLE_METRICS.has(metric) || metric === 'other:enterprise-customers') && REVENUE_FROM_BEFORE.test(norm.slice(Math.max(0, start - 40), start))) continue;
    // ("SenseTime lost 5.1% to HK$2.24": shares that lost ground, not a loss of money)
    if (metric === 'net-loss' && /^los[te]s?$|^losing$/.test(text) && /^\s(?:about |nearly |more than |as much as |another )?[\d.]+\s?(?:%|percent|per cent)/.test(norm.slice(end, end + 24))) continue;
    // ("it lost the year's biggest award, a 1.02 billion yuan platform", "lost market share": something other than money lost)
    if (metric === 'net-loss' && /^los[te]s?$|^losing$/.test(text) && LOST_OTHER_THAN_MONEY.test(norm.slice(end, end + 50))) continue;
    // ("has raised its guidance for 2026 to $91 billion": a forecast raised, not money raised)
    // (and "raising a pledge of 400 billion yuan made in February": a spending pledge or budget raised)
    // (and "raised the base salary … by about 20%", "raised prices": pay or a price raised, no money raised)
    if (metric === 'funding' && /^rais(?:e|ed|es|ing)$/.test(text) && (/^\s(?:its |the |their |our |an? )?(?:full-year |annual |capex |revenue |spending |earlier |previous |prior |base |starting |average )?(?:guidance|forecasts?|targets?|outlook|estimates?|expectations?|price target|pledges?|budgets?|commitments?|salar(?:y|ies)|pay|wages|prices?|fees?|dividends?|bonus(?:es)?|rates?)(?![a-z])/.test(norm.slice(end, end + 40)))) continue;
    // ("累计使用募集资金31.42亿元", "尚未使用的募集资金余额为15.54亿元", "剩余募集资金12.80亿元调整投向…", "约6.4亿元募集资金由…调整至":
    // raised money spent, left or moved to another project, not the amount a share sale raised)
    if (metric === 'ipo-proceeds' && /^(?:募资|募集资金)$/.test(text) && (/(?:使用|投入|剩余|闲置|变更|结余|节余|超募)的?\s?$/.test(norm.slice(Math.max(0, start - 6), start)) || /^\s?(?:余额|使用|投向|投入|由|调整|专户|暂时)/.test(norm.slice(end, end + 6)))) continue;
    // (an earning verb is a revenue cue only before an amount: "generated 3 million videos" is not)
    if (EARNED.test(text) && !MONEY_NEXT.test(norm.slice(end, end + 36))) continue;
    // ("扣除非经常性损益后的净利润　本报告期：亏损8,000万元；上年同期：亏损21,450.63万元", "基本每股收益　本报告期：盈利0.080元/股": in
    // a row of an earnings notice, 盈利 and 亏损 under its columns say only the sign; the name the row opens with says which
    // profit)
    if ((text === '盈利' || text === '亏损') && /(?:本报告期|上年同期)\s?[:：]\s?$/.test(norm.slice(Math.max(0, start - 8), start))) {
      const line = norm.lastIndexOf('\n', start) + 1;
      // (the first cue of the line, looked for back from here, never through the cues of the text before the line)
      let row: Cue | undefined;
      for (let k = out.length - 1; k >= 0 && out[k]!.start >= line; k--) row = out[k];
      if (row && row.start <= line + 4) {
        out.push({ start, end, metric: (text === '亏损' ? LOSS_OF_PROFIT[row.metric] : PROFIT_OF_LOSS[row.metric]) ?? row.metric });
        continue;
      }
    }
    if (metric) out.push({ start, end, metric });
  }
  return out;
}

/** The loss said of a profit's row, and the profit of a loss's. */
const LOSS_OF_PROFIT: Partial<Record<string, MetricId>> = { 'net-profit': 'net-loss', 'other:net-profit-excl-nonrecurring': 'other:net-loss-excl-nonrecurring' };
const PROFIT_OF_LOSS: Partial<Record<string, MetricId>> = { 'net-loss': 'net-profit', 'other:net-loss-excl-nonrecurring': 'other:net-profit-excl-nonrecurring' };

/** Metrics that count people (users, developers, payers). */
export const PEOPLE_METRICS: ReadonlySet<string> = new Set<string>(['other:developers', 'other:registered-developers', 'users', 'other:daily-active-users', 'paying-users', 'other:registered-users']);
/** Metrics that count people of any kind (users, developers and payers, and staff) or the companies that buy. */
export const PEOPLE_COUNTS: ReadonlySet<string> = new Set<string>([...PEOPLE_METRICS, 'other:weekly-active-users', 'headcount', 'other:enterprise-customers']);
const REVENUE_FROM_BEFORE = /(?:revenues?|sales) from (?:[a-z-]+ ){0,2}$/;

/** Segment revenue: "cloud division revenue", "Gen AI business revenue", "its video revenue", "AI云收入", "生成式AI收入". */
const SEGMENT_EN =
  /(?:cloud|in-app purchases?|division|segment|unit|business|services|advertising|(?<![a-z])ads?|marketing|gaming|games|gen ai|generative ai|smart auto|traditional ai|smart city|intelligence|ai apps?|ai products?|e-commerce|fintech|international|overseas|subscriptions?|hardware|devices|software|customer management|medical|healthcare|ai-(?:related|powered|driven|native)|maas|model-as-a-service|deployments?|on-premises?|core|chips?|semiconductors?|automotive|auto|in-car|in-vehicle|vehicle|commerce|retail|licensing|logistics|education|learning|robotaxi|consumer|enterprise|government|video(?:[- ]generation)?|large[- ](?:language[- ])?models?|llms?)(?:'s)?\s(?:[a-z-]+\s){0,1}$/;

const TOTAL_BEFORE = /(?:total|group|overall|quarterly|annual|full-year|company|总|集团|全年|季|期|年)\s?$/;

// "revenue from AI-powered businesses", "sales from its cloud unit": the revenue of a part of the company
// "revenue in South-east Asia", "Korea revenue", "日本市场收入": the revenue of one region is a part of the company's
export const REGION = String.raw`(?:south[- ]?east asia|southeast asia|asia[- ]pacific|the asia[- ]pacific|the middle east|middle east|the gulf|gulf|latin america|north america|europe|the us|the u\.s\.|the united states|us|u\.s\.|united states|japan|korea|south korea|singapore|indonesia|malaysia|thailand|vietnam|the philippines|india|brazil|mexico|germany|france|britain|the uk|uk|australia|saudi arabia|the uae|uae|dubai|abu dhabi|africa|emea|apac)(?!\s?(?:dollars?|\$|terms))`;
const REGION_ZH = '(?:东南亚|亚太|中东|拉美|北美|欧洲|美国|日本|韩国|新加坡|印尼|印度尼西亚|马来西亚|泰国|越南|菲律宾|印度|巴西|墨西哥|德国|法国|英国|澳大利亚|沙特|阿联酋|迪拜|非洲)(?:市场|地区|区域)?';
const SEGMENT_ZH = new RegExp(String.raw`(?:业务|板块|云|服务|应用|平台|解决方案|产品|(?<![a-z.])ai|分部|部门|广告|营销|客户管理|芯片|基础设施|订阅|视觉|生成式|创新|汽车|游戏|电商|金融科技|国际|海外|医疗|相关|大模型|硬件|软件|部署|零售|物流|授权|教育|${REGION_ZH})\s?(?:[「“『][^」”』]{1,12}[」”』])?\s?的?\s?$`);

const INCLUDING_ASIDE_BEFORE = /[(（]\s?(?:包括|包含|含|including|incl\.?)\s?(?:[^()（）]{0,20})$/;
// what a company loses when it loses no money: a contest, a customer, a share of a market or its people
const LOST_OTHER_THAN_MONEY = /^\s(?:out\s|ground|momentum|market share|share|users|customers|clients|contracts|bids|tenders|staff|talent|(?:the|a|an|its|their|his|her|some)\s(?:[a-z0-9'’-]+\s){0,3}?(?:award|contract|bid|tender|deal|order|project|client|customer|user|lead|crown|title|race|battle|war|spot|place|position|case|suit|appeal|executive|staff|talent|engineer|researcher|share|ground|momentum|top spot|rank(?:ing)?)s?(?![a-z]))/;

// "revenue from AI-powered businesses" … and "revenue in Japan"
// (and "revenue in its fintech and business services segment": in a part named as such)
const FROM_PART_AFTER = new RegExp(String.raw`^\s?(?:from|at|of) (?:its |the |their )?(?:(?:[a-z0-9&'’-]+ ){0,3}(?:business(?:es)?|units?|segments?|divisions?|services|operations|products|projects|apps|applications|arms?|generators?|tools?|chatbots?|assistants?|marketing|advertising|ads|gaming|games|cloud|fintech|e-commerce)|(?:overseas|international|foreign|enterprise|government|consumer|corporate) (?:[a-z-]+ )?(?:customers|clients|developers|users|markets|sales|business))(?![a-z])|^\s?(?:in|from) (?:the )?${REGION}(?![a-z])|^\s?in (?:its |the |their )(?:[a-z0-9&'’-]+ ){0,4}(?:segments?|units?|divisions?|arms?)(?![a-z])`);

// ("Revenue from generative AI amounted to", "revenue from Baidu rose": revenue named by what it came from is a part of the
// company's, not a moved-from value, a period or the whole: not "revenue from 3 billion yuan", "from a year earlier",
// "from January to September", "revenue from contracts with customers", "from continuing operations")
const REVENUE_FROM_SOURCE = /^(?:revenues?|sales) from (?!(?:a |an |the |its |their )?(?:years?|quarters?|half|months?|same|corresponding|comparable|previous|prior|last|earlier|period|contracts?|continuing|customers|all|total|about|around|roughly|nearly|more|over|less|under|just|some|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:us|hk|s|rmb)\$?\d|rmb|usd|hkd)(?![a-z]))(?:its |the |their )?[a-z]/;

// "火山引擎2025年收入", "Volcano Engine's revenue", "Tencent Cloud sales": a business unit named as the subject (its
// revenue is the unit's, never the group's, though the unit's name stands for its company)
const UNIT_NAMES = String.raw`(?:volcano engine|byteplus|cloud intelligence group|云智能|火山引擎|alibaba cloud|阿里云|aliyun|tencent cloud|腾讯云|baidu ai cloud|百度智能云|百度ai云|apollo go|萝卜快跑|baidu core|百度核心|jueying|senseauto|绝影|絕影)`;
const UNIT_BEFORE = new RegExp(String.raw`${UNIT_NAMES}(?:'s|’s)?[^,.;:，。；：]{0,40}$`);
// ("腾讯云，季内收入150亿元": a unit told first, then a comma, then the revenue of the time, the unit's)
const UNIT_THEN_COMMA_ZH = new RegExp(String.raw`${UNIT_NAMES}\s?[，,]\s?(?:季内|期内|本季|本期|年内|今年|全年|上半年|下半年)?(?:营业)?\s?$`);
// ("Tencent Cloud was the bright spot: sales rose 25%", "the cloud unit stood out: revenue climbed": a part the subject
// of the clause before a colon, what follows the colon tells of it)
const PART_THEN_COLON = /([^.;:。；：\n]{2,90})[:：]\s?(?:its\s|the\s|quarterly\s|its quarterly\s)?$/;
const UNIT_OPENS = new RegExp(String.raw`^\s?(?:the\s)?${UNIT_NAMES}(?![a-z])`);

// "分业务看，教育业务……实现收入36.91亿元", "By segment, …": a sentence that goes through the lines of business
// (or its driver of growth or of revenue: "生成式AI仍是增長主力，期內收入26.9億元", "生成式AI業務繼續擔當增長引擎，期內收入")
const SUBJECT_IS_SEGMENT_ZH = /(?:是|为|担当|成为)[^，。；,;\d]{0,12}(?:业务板块|板块|业务线|业务|分部|(?:增长|收入)?主力|增长引擎|增长动力|收入支柱|收入来源)\s?[，,][^。；;]*$/;
// (and the same in English: "Education remained the largest unit, with revenue up 21%", "Cloud was the fastest-growing
// segment, where sales rose")
const SUBJECT_IS_PART_EN = /(?<![a-z])(?:remained|remains|was|is|became|stayed|proved)\s(?:again\s)?(?:the|its|their)\s(?:[a-z-]+\s){0,2}(?:unit|segment|business|division|arm|line of business|business line)\s?,\s(?:with|where|as)\s(?:its\s)?$/;
// (and "分部方面", "按分部划分": by reporting segment)
const BY_SEGMENT = /分业务(?:来)?看|分板块(?:来)?看|分业务板块|按业务划分|分部(?:方面|而言|来看|看)|按分部(?:划分|计|计算)?|(?<![a-z])by (?:segment|business line|division)(?![a-z])/;

/** Whether a line of business is named just before a position ("海外收入占比", "overseas revenue share"). */
export const partNamedBefore = (norm: string, at: number): boolean => {
  const before = norm.slice(Math.max(0, at - 28), at);
  return SEGMENT_EN.test(before) || SEGMENT_ZH.test(before.slice(-8));
};

// the verbs of the cue above, and the head of the subject that did the earning: a part of the company ("its
// model-as-a-service business, which sells access …, generated", "AI-native products including Hailuo generated")
const EARNED = /^(?:generated|brought in|raked in|took in)$/;
const MONEY_NEXT = /^ (?:about |around |roughly |nearly |more than |over |some )?(?:us|hk|rmb|¥|\$|\d[\d.,]*\s?(?:bn|mn|billion|million|trillion|tn)?\s?(?:yuan|dollars|euros|renminbi))/;
// (not a part of the period: "其中第四季度实现营收", "其中第三季收入")
// (and "其中，面向企业的平台收入约23.5亿元": past a comma after 其中)
const OF_WHICH_CLAUSE = /(?:^|[，,；;。])\s?其中\s?[，,]?\s?(?!\s?(?:第|[一二三四]季|[上下]半年|前三季|单季|單季|今年|去年|q[1-4]))[^，,；;。\d]{1,20}$/;
// (and a year or a span between: "the health care unit reported 2025 revenue of")
const VERB_BEFORE_REVENUE_EN = /\s(?:grew|lifted|raised|increased|boosted|posted|reported|recorded|booked|logged|delivered|doubled|tripled|saw|had)\s(?:its\s|their\s)?(?:(?:19|20)\d\d\s|fy\d\d\s|full-year\s|annual\s|quarterly\s|first-half\s|second-half\s)?$/;
// (and a technology or a core named as a line of business: "Generative AI brought in 2.38 billion yuan", "Baidu Core,
// which houses search and the cloud, generated")
const PART_HEAD = /(?<![a-z])(?:business(?:es)?|units?|segments?|divisions?|platforms?|products|services|subscriptions|in-app purchases|operations|arms?|apps?|applications|cloud|deployments?|licensing|advertising|gaming|retail|commerce|logistics|(?:cloud|intelligence|commerce|business) group|(?:generative|gen|vision|visual|traditional) ai|core)$/;

/** The subject of an earning verb, past a clause of what it said and any aside ("The company said its unit, which …,"). */
const DATELINE_PREFIX = /^\s*[a-z .]{2,30},\s(?:[a-z]{3,9}\.?\s\d{1,2}|\d{1,2}\s[a-z]{3,9}\.?)\s?(?:\([a-z ]+\))?\s?[-–—:]\s?/;

// (an aside between dashes, left out of the subject: "Its overseas apps - the chatbot Cici and the tutor Gauth - generated")
const DASH_ASIDE = /\s[-–—]\s[^-–—.;]{1,100}\s[-–—]\s/g;

export function earnerBefore(norm: string, cue: Cue): string {
  const from = Math.max(0, cue.start - 240);
  const window = norm.slice(from, cue.start);
  const cut = Math.max(window.lastIndexOf('。'), window.lastIndexOf('\n'), window.lastIndexOf('. '), window.lastIndexOf(';'));
  // (past a dateline: "HONG KONG, May 21 (Reuters) - Alibaba's cloud unit could generate")
  // (and past what a speaker said: "Zhipu, which sells mostly to the state, said its open platform brought in")
  // (and past an aside between dashes: "Its overseas apps - the chatbot Cici and the tutor Gauth - generated")
  const sentence = (cut >= 0 ? window.slice(cut + 1) : window).replace(DATELINE_PREFIX, '').replace(DASH_ASIDE, ' ').replace(/^.*(?<![a-z])(?<!(?:which|who) )(?:said|says|added|noted|reported)(?: (?:on|in) [a-z0-9]+(?: \d{1,2})?)?(?: that)?\s/, '');
  // (the subject of the last clause: "Hailuo … brought in $131 million, while the open platform, which …, generated")
  // (past a time the sentence opens with: "Over the first nine months, AI-powered businesses generated")
  // (and "That on-premise business brought in": a demonstrative that opens the subject points back, it is no relative pronoun)
  const head = sentence.replace(/^.*,\s(?:while|whereas|but)\s/, '').replace(/^\s?(?:in|over|for|during|across|through|in the course of) [^,]{1,40},\s/, '').replace(/^\s?(?:that|this|these|those)\s/, '').split(/,|\s(?:including|which|that|such as|like)\s/)[0]!;
  return head.trim().replace(/\s(?:as a whole|alone|together|combined)$/, '');
}

const API_EARNER = /(?<![a-z])(?:api|open[- ]platform|model-as-a-service|maas)(?![a-z])/;

/**
 * What earned the money an earning verb tells of: the API business ("its model-as-a-service platform generated"), another
 * part of the company ("AI-native products … brought in"), or the company itself (null). Only for the amount right
 * after the verb: "… brought in USD74 million and the open platform, which …, USD54 million" leaves the second unsaid.
 */
export function earnerOf(norm: string, cue: Cue, figStart: number): 'api' | 'part' | 'company' | 'not-this' | null {
  if (!EARNED.test(norm.slice(cue.start, cue.end))) return null;
  if (figStart > cue.end && figStart - cue.end > 24) return 'not-this';
  return partKind(earnerBefore(norm, cue)) ?? 'company';
}

/** Whether a noun phrase names a part of a company: its API business ('api'), another part ('part'), or neither (null). */
// (a product or app the company sells, named as what earned the money: "Talkie brought in US$50 million", "Hailuo generated")
const PRODUCT_EARNER = /^(?:its |the )?(?:kimi|doubao|qwen|ernie|hailuo|talkie|kling|yuanbao|hunyuan|chatglm|sensenova|apollo go|quark|jimeng|seedance|豆包|千问|通义千问|文心一言|海螺ai|可灵(?:ai)?|元宝|混元|日日新|萝卜快跑|夸克|即梦)(?: ai)?(?:'s| app| apps)?$/;

export function partKind(phrase: string): 'api' | 'part' | null {
  // (and apps named together: "Talkie and its Chinese twin Xingye brought in", "Talkie and Hailuo generated")
  if (PRODUCT_EARNER.test(phrase.trim()) || PRODUCT_EARNER.test(phrase.trim().split(/\s(?:and|&)\s/)[0]!)) return 'part';
  // (its head before what follows it: "on-premise deployments for state-owned enterprises")
  if (!PART_HEAD.test(phrase) && !PART_HEAD.test(phrase.replace(/\s(?:for|to|with|at|among|across)\s.*$/, ''))) return null;
  return API_EARNER.test(phrase) ? 'api' : 'part';
}

export function isSegmentCue(norm: string, cue: Cue): boolean {
  if (cue.metric !== 'revenue' && cue.metric !== 'revenue-growth') return false;
  if (EARNED.test(norm.slice(cue.start, cue.end))) return partKind(earnerBefore(norm, cue)) === 'part';
  // (within the sentence, looked for only in the 200 characters before: no scan back through the whole text)
  const from = Math.max(0, cue.start - 200);
  const window = norm.slice(from, cue.start);
  const cut = Math.max(window.lastIndexOf('。'), window.lastIndexOf('\n'), window.lastIndexOf('. '));
  if (BY_SEGMENT.test(cut >= 0 ? window.slice(cut) : window)) return true;
  // ("教育产品和服务仍是第一大业务板块，前三季度收入58.7亿元": a sentence that opens by saying its subject is a line of business)
  if (SUBJECT_IS_SEGMENT_ZH.test(cut >= 0 ? window.slice(cut) : window)) return true;
  let before = norm.slice(Math.max(0, cue.start - 28), cue.start);
  // (past a parenthesis that says what the part holds: "AI新业务（包括智能云基础设施、AI应用及AI原生营销服务）收入")
  if (/[)）]\s?$/.test(before)) {
    const open = Math.max(norm.lastIndexOf('(', cue.start), norm.lastIndexOf('（', cue.start));
    if (open >= 0 && cue.start - open < 90) before = norm.slice(Math.max(0, open - 28), open);
  }
  if (UNIT_BEFORE.test(before) || UNIT_BEFORE.test(norm.slice(Math.max(0, cue.start - 48), cue.start)) || UNIT_THEN_COMMA_ZH.test(before)) return true;
  // ("Education remained the largest unit, with revenue up 21%": a clause that says its subject is a line of business)
  if (SUBJECT_IS_PART_EN.test(norm.slice(Math.max(0, cue.start - 90), cue.start))) return true;
  // ("来自政府部门和国有企业的收入为4.58亿元": revenue said to come from some of the company's buyers or lines, as "revenue from")
  if (/来自[^，。；,;\d]{1,24}的\s?$/.test(before)) return true;
  const colon = PART_THEN_COLON.exec(norm.slice(Math.max(0, cue.start - 110), cue.start));
  if (colon) {
    const subject = colon[1]!.split(/\s(?:was|were|is|are|remained|remains|proved|stood|again|led|shone)\s/)[0]!;
    if (UNIT_OPENS.test(subject) || partKind(subject.trim()) === 'part') return true;
  }
  // (past a relative clause about the unit: "Baidu Core, which excludes the iQiyi video platform, generated revenue of")
  const aside = /,\s(?:which|that)\s[^,.;]{1,80},\s(?:[a-z-]+\s){0,2}$/.exec(norm.slice(Math.max(0, cue.start - 130), cue.start));
  if (aside && UNIT_BEFORE.test(norm.slice(Math.max(0, cue.start - 130), cue.start - aside[0].length))) return true;
  // ("其中来自外部客户的收入增长36%", "其中东南亚收入按年增长2.1倍": a clause opened by 其中, "of which", names a part)
  if (OF_WHICH_CLAUSE.test(norm.slice(Math.max(0, cue.start - 24), cue.start))) return true;
  // ("Alibaba's Cloud Intelligence Group grew revenue by 29%", "the cloud unit, which …, lifted revenue 26%": a part
  // of the company the subject of the verb before the cue)
  const verb = VERB_BEFORE_REVENUE_EN.exec(norm.slice(Math.max(0, cue.start - 24), cue.start));
  if (verb) {
    const at = cue.start - verb[0].length;
    if (partKind(earnerBefore(norm, { start: at, end: at + 1, metric: cue.metric })) === 'part') return true;
  }
  // ("星火大模型相关业务2025年收入约35亿元": a part, then the period, then its revenue; "相关业务实现收入": a verb between)
  const past = before.replace(VERB_BEFORE_REVENUE_ZH, '').replace(PERIOD_BETWEEN_ZH, '');
  if (past !== before && SEGMENT_ZH.test(past.slice(-8))) return true;
  // ("the cloud unit, whose revenue grew 29%": a part named just before a relative clause about its revenue)
  if (/(?<![a-z])(?:unit|division|segment|business|arm|cloud)\s?,\s(?:whose|where)\s$/.test(before)) return true;
  if (TOTAL_BEFORE.test(before)) return false;
  if (FROM_PART_AFTER.test(norm.slice(cue.end, cue.end + 60))) return true;
  // ("For the nine months, the segment booked 176.5 billion yuan in revenue", "the unit's sales rose": a clause whose
  // subject is the part the text named before)
  if (PART_SUBJECT.test(norm.slice(clauseStart(norm, cue.start, Math.max(0, cue.start - 120)), cue.start))) return true;
  if (REVENUE_FROM_SOURCE.test(norm.slice(cue.start, cue.end + 40))) return true;
  // ("Its cloud unit said in August that revenue rose 34%": what a part says of revenue is its own)
  if (PART_SAID_BEFORE.test(norm.slice(Math.max(0, cue.start - 80), cue.start))) return true;
  // ("MiniMax旗下海螺视频第三季度收入为3120万美元": a business the company names as its own, then its revenue)
  if (UNDER_COMPANY_ZH.test(norm.slice(Math.max(0, cue.start - 24), cue.start))) return true;
  return SEGMENT_EN.test(before) || SEGMENT_ZH.test(before.slice(-8));
}
const PART_SAID_BEFORE = /(?<![a-z])(?:unit|division|segment|arm|subsidiary)\s(?:said|says|reported|reports|posted|announced)(?:\s(?:on|in|late on|earlier this|last)\s[a-z0-9]+)?\s(?:that\s)?(?:its\s)?(?:[a-z-]+\s)?$/;
const UNDER_COMPANY_ZH = /旗下[^，。；,;\d\s]{1,10}?(?:(?:19|20)\d\d\s?年)?(?:第[一二三四1-4]季度?|[一二三四]季度|上半年|下半年|前三季度|全年)?\s?(?:的)?\s?(?:营业)?$/;

const PART_SUBJECT = /^\s?(?:the|this|that) (?:[a-z-]+ )?(?:segment|unit|division)(?:'s|’s)?\s(?![^.;]*(?<![a-z])(?:group|total|overall|company)(?:'s|’s)? (?:revenue|sales)\s?$)/;
const VERB_BEFORE_REVENUE_ZH = /(?:实现|录得|取得|获得|带来|贡献|合计|合共|共计|\([^)]{1,16}\)\s?合计|\([^)]{1,16}\))\s?$/;
const PERIOD_BETWEEN_ZH = /(?:(?:19|20)\d\d\s?年\s?(?:全年|上半年|下半年|前三季度|第[一二三四1-4]季度?|[一二三四]季度)?|全年|上半年|下半年|前三季度|第[一二三四1-4]季度?)\s?$/;

const GROWTH: Partial<Record<string, MetricId>> = {
  revenue: 'revenue-growth',
  'revenue-growth': 'revenue-growth',
  'share-price': 'stock-change',
  'stock-change': 'stock-change',
  'price-change': 'price-change',
  'price-per-mtok': 'price-change',
  'call-volume-change': 'call-volume-change',
  'net-loss': 'other:net-loss-change',
  'adjusted-net-loss': 'other:adjusted-net-loss-change',
  'other:net-loss-excl-nonrecurring': 'other:net-loss-excl-nonrecurring-change',
  'other:net-margin': 'other:net-margin-change',
  'gross-margin': 'other:gross-margin-change',
  'rd-expense': 'other:rd-expense-growth',
  'other:operating-cash-flow': 'other:operating-cash-flow-change',
  'other:operating-cash-outflow': 'other:operating-cash-outflow-change',
  // a number of days, a number of users: a change of them, named like the labels of growth in a count
  'other:receivable-days': 'other:receivable-days-change',
  'other:registered-users': 'other:registered-user-growth',
};

/** The growth/change metric for a base metric: revenue → revenue-growth, capex → other:capex-growth. */
export function growthOf(metric: MetricId): MetricId {
  const known = GROWTH[metric];
  if (known) return known;
  if (/-(?:growth|change)$/.test(metric)) return metric;
  const slug = metric.replace(/^other:/, '');
  // (a margin or a share moves by points, a change of it: "adjusted net margin improved 22ppt", "market share rose 3
  // percentage points"; not a value per share, "dividend per share")
  // (and a loss, which narrows or widens: "adjusted EBITDA loss narrowed 55%", as the devset's net-loss-change)
  if (/(?:^|-)margin$/.test(slug) || (/(?:^|-)share$/.test(slug) && !/per-share$/.test(slug)) || /(?:^|-)loss$/.test(slug)) return `other:${slug}-change`;
  return `other:${slug}-growth`;
}

/** Values per share: a price, an offer or placement price, a broker's target, earnings per share. */
export const PER_SHARE_METRICS: ReadonlySet<string> = new Set(['share-price', 'other:offer-price', 'other:placement-price', 'other:target-price', 'other:eps']);

/**
 * What a balance sheet holds or owes at a date (cash, debt, receivables, a debt ratio): a value as of a moment, counted
 * at the end of the quarter or half it is told in.
 */
export const BALANCE_SHEET_METRICS: ReadonlySet<string> = new Set<string>([
  'cash', 'other:net-cash', 'other:net-debt', 'other:borrowings', 'other:short-term-borrowings', 'other:long-term-borrowings',
  'other:accounts-receivable', 'other:deferred-revenue', 'other:debt-ratio',
]);

export const MONEY_METRICS = new Set<string>([
  ...[...BALANCE_SHEET_METRICS].filter((m) => m !== 'other:debt-ratio'),
  'revenue', 'net-loss', 'adjusted-net-loss', 'net-profit', 'rd-expense', 'arr', 'api-revenue', 'valuation', 'market-cap',
  'ipo-proceeds', 'funding', 'share-price', 'cash', 'capex', 'contract-value', 'training-cost', 'price-per-mtok',
  'market-size', 'revenue-per-employee', 'other:segment-revenue', 'other:gross-profit', 'other:operating-cash-flow', 'other:operating-cash-outflow',
  'other:target-price', 'other:non-gaap-net-profit', 'other:net-profit-excl-nonrecurring', 'other:ebita',
  'other:ebitda', 'other:operating-profit', 'other:segment-ebita', 'other:segment-operating-profit', 'other:free-cash-flow', 'other:sales-collections', 'other:receivables-collected', 'other:accounts-receivable', 'other:cost-of-revenue', 'other:operating-loss', 'other:ebitda-loss', 'other:ebita-loss', 'other:pretax-profit', 'other:pretax-loss',
  'other:share-based-compensation', 'other:staff-costs',
]);
