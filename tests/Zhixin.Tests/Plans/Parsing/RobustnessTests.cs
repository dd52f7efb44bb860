using System.Text;
using CsCheck;
using Zhixin.Plans.Data;
using Zhixin.Plans.Import.Parsing;

namespace Zhixin.Tests.Plans.Parsing;

public sealed class RobustnessTests
{
    [Fact]
    public void Parse_WhenFiveMegabyteDocument_FindsEverySectionAndTask()
    {
        var text = new StringBuilder("大型质量工作行动计划\n");
        var task = 0;
        for (var section = 1; section <= 30; section++)
        {
            text.Append(ChineseNumeral.Format(section)).Append("、第").Append(section).Append("部分\n");
            for (var i = 0; i < 33; i++)
            {
                task++;
                text.Append('（').Append(ChineseNumeral.Format(task)).Append("）加强质量工作。");
                for (var sentence = 0; sentence < 60; sentence++)
                {
                    text.Append("到2015年，产品质量监督抽查合格率稳定在85%以上，推进标准化建设。");
                }

                text.Append("（省质监局牵头，省发展改革委、省住房和城乡建设厅参加）\n");
            }
        }

        Assert.True(text.Length * 3 >= 5_000_000);
        var plan = PlanDocumentParser.Parse(text.ToString());

        Assert.Equal(30, plan.Sections.Count);
        Assert.Equal(990, plan.Tasks.Count);
        Assert.Equal("(九百九十)", plan.Tasks[^1].Number);
        Assert.Equal(["省质监局"], plan.Tasks[^1].Lead);
    }

    [Fact]
    public void Parse_WhenRandomText_NeverThrows()
    {
        string[] pieces = ["一、", "（一）", "(二)", "1.", "2、", "（3）", "。", "，", "(", ")", "（", "）", "负责", "牵头", "参加", "；", "\n", "?", "\uE7ED", "質(zhì)", "专栏1", "达到85%", "局", "和", "等部门", " ", "English words here"];
        var piece = Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]);
        Gen.OneOf(piece, Gen.String).Array[0, 60].Sample(parts =>
        {
            var plan = PlanDocumentParser.Parse(string.Concat(parts));
            Assert.NotNull(plan.Tasks);
        }, iter: 2000);
    }

    [Fact]
    public void Parse_WhenSeedTruncatedAnywhere_NeverThrows()
    {
        var text = PlanTextDecoder.Decode(DemoPlanDocuments.Read(DemoPlanDocuments.Pingxiang2013)).Text!;
        Gen.Int[0, text.Length].Sample(length =>
        {
            var plan = PlanDocumentParser.Parse(text[..length]);
            Assert.True(plan.Tasks.Count <= 33);
        }, iter: 300);
    }

    [Fact]
    public void Decode_WhenRandomBytes_NeverThrows()
    {
        Gen.Byte.Array[0, 400].Sample(bytes =>
        {
            var decoded = PlanTextDecoder.Decode(bytes);
            Assert.True(decoded.Succeeded || decoded.Failure is not null);
        }, iter: 2000);
    }
}
