using System.Collections.Frozen;
using System.Text;

namespace Zhixin.Plans.Indicators;

/// <summary>
/// Folds text for matching, one character for one: full-width ASCII forms (８５％，) to ASCII, the ideographic
/// space to a space, and traditional characters to simplified ones, so that a Tianjin or Pingxiang plan
/// (traditional) and a national plan (simplified) match on the same keys. The table covers the vocabulary of
/// quality plans, not the whole script: a character it does not know passes through unchanged, which only costs
/// a missed match, never a wrong one. Being one-for-one, positions in the folded text are positions in the original,
/// so what matched can be cut from the text as written.
/// </summary>
internal static class CharacterFolding
{
    // Pairs "traditional, simplified", written as one run so the table stays compact and easy to extend.
    private const string Pairs =
        "質质產产達达數数個个穩稳農农業业標标準准國国級级監监檢检驗验測测斷断類类項项環环氣气處处" +
        "飲饮鎮镇縣县區区發发綱纲計计劃划實实貫贯徹彻務务護护認认證证規规範范製制設设備备廠厂場场" +
        "費费單单獎奖勵励優优勢势體体強强總总點点廣广東东門门們们關关於于與与為为對对這这進进運运" +
        "還还過过遠远選选邊边層层價价錢钱銀银鋼钢鐵铁礦矿陽阳陰阴際际陸陆隊队險险靈灵頁页題题額额" +
        "風风飛飞養养館馆醫医藥药衛卫傷伤偽伪傳传億亿萬万兩两嚴严並并來来書书買买賣卖亂乱爭争儲储" +
        "內内動动勞劳協协參参雙双號号後后圍围圖图團团堅坚報报塊块壓压壞坏夠够奮奋婦妇學学寧宁審审" +
        "寫写將将專专尋寻導导屬属幣币幫帮庫库應应廢废開开張张歸归當当錄录從从復复態态戰战擴扩據据" +
        "擔担換换損损揮挥擊击時时會会條条極极構构樣样機机權权歡欢歷历殘残決决沒没滿满漢汉潔洁濟济" +
        "災灾燈灯熱热營营爐炉獨独獲获現现畫画盡尽盤盘眾众礎础確确種种稱称積积競竞筆笔節节築筑簡简" +
        "糧粮緊紧納纳紙纸紅红約约統统經经結结給给絡络絕绝綜综綠绿維维網网線线編编練练縮缩績绩織织" +
        "繼继續续罰罚聯联聲声職职聽听脫脱興兴舉举舊旧華华葉叶藝艺蘇苏術术補补裝装複复見见視视親亲" +
        "覺觉觀观訂订記记許许訊讯評评試试詢询該该詳详語语說说誠诚調调請请論论謀谋講讲識识議议讀读" +
        "變变貨货責责資资賽赛趨趋車车軌轨輕轻載载輸输轉转辦办違违遞递適适遺遗鄉乡針针鐘钟錯错鍋锅" +
        "鏈链長长間间閱阅陳陈隨随隱隐雜杂難难電电響响頂顶順顺須须預预領领頻频顧顾顯显飾饰馬马駐驻" +
        "鬥斗魚鱼鹽盐麥麦黃黄齊齐龍龙倉仓偉伟僅仅兒儿則则剛刚創创劇剧勝胜員员問问啟启噸吨園园執执" +
        "壇坛壯壮奪夺嬰婴寶宝屆届廳厅徵征懷怀戶户掃扫掛挂揚扬撥拨擁拥擇择擬拟攜携敗败暢畅曉晓棄弃" +
        "棟栋榮荣樂乐樓楼橋桥檔档櫃柜歐欧殼壳湯汤溫温滅灭漁渔漲涨潛潜澤泽濃浓濕湿灣湾煙烟煉炼爾尔" +
        "牽牵狀状獻献畝亩療疗盜盗碼码磚砖礙碍紀纪純纯組组細细終终紹绍絲丝緩缓繩绳義义習习聖圣聞闻" +
        "腦脑臨临蘭兰虛虚衝冲覽览觸触訓训託托詞词誤误課课諮咨謝谢譯译豐丰貝贝負负財财貢贡貧贫販贩" +
        "貸贷貿贸賀贺賓宾賴赖購购贈赠贊赞趕赶跡迹蹤踪軍军較较輔辅輛辆輪轮辭辞邁迈郵邮鄰邻釋释銷销" +
        "鋪铺鎖锁閉闭閥阀隻只雞鸡離离雲云靜静韓韩頒颁頓顿頭头顆颗願愿飯饭餘余騎骑驅驱鬧闹鳥鸟黨党" +
        "齡龄鑒鉴濫滥滯滞僱雇倫伦彙汇衆众鈣钙鋁铝銅铜錫锡鎂镁燒烧壟垄塗涂墾垦壩坝奧奥幾几彎弯憑凭" +
        "懲惩戲戏拋抛搶抢擋挡擠挤擺摆攤摊毀毁況况淨净淺浅漿浆潰溃瀏浏灘滩爛烂犧牺獵猎瓊琼盧卢碩硕" +
        "稅税窯窑竄窜籌筹籃篮籤签緝缉縱纵繳缴纖纤羅罗聰聪肅肃脈脉膚肤臟脏艦舰蒼苍蓋盖薦荐薩萨蘆芦" +
        "蝦虾誌志謠谣譜谱豎竖豬猪賬账賭赌趙赵躍跃軟软軸轴輯辑轄辖遷迁遼辽釀酿鉛铅銳锐鋒锋錶表鍛锻" +
        "鏡镜閃闪閩闽陣阵隸隶雖虽霧雾韻韵頸颈飢饥餅饼騙骗髒脏鬆松魯鲁鮮鲜鴨鸭鵝鹅鹼碱麵面黴霉齒齿" +
        "鏽锈鍵键賦赋賠赔贏赢遜逊遊游遙遥醜丑釘钉鑄铸閣阁闊阔階阶顏颜飄飘餓饿驚惊麗丽龜龟欄栏謹谨" +
        "減减覈核達达廠厂貫贯綫线衹只執执麼么鄧邓幹干禮礼禍祸啓启";

    private static readonly FrozenDictionary<char, char> Table = BuildTable();

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            folded.Append(Table.TryGetValue(character, out var simplified) ? simplified : NarrowForm(character));
        }

        return folded.ToString();
    }

    private static char NarrowForm(char character) => character switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(character - 0xFEE0),
        '\u3000' => ' ',
        _ => character,
    };

    private static FrozenDictionary<char, char> BuildTable()
    {
        var table = new Dictionary<char, char>();
        for (var index = 0; index + 1 < Pairs.Length; index += 2)
        {
            table[Pairs[index]] = Pairs[index + 1];
        }

        return table.ToFrozenDictionary();
    }
}
