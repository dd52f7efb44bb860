using Zhixin.Plans.Import.Parsing;

namespace Zhixin.Tests.Plans.Parsing;

// Small documents written for these tests, one genre habit each.
public sealed class GenreVariantTests
{
    private static ParsedTask Only(string text) => Assert.Single(PlanDocumentParser.Parse(text).Tasks);

    private static string OneTask(string clause) =>
        "某市质量工作要点\n一、强化监管\n（一）开展专项整治。加大抽查力度。" + clause + "\n";

    [Fact]
    public void Parse_WhenFlatDocument_MakesEachSectionItsOwnTask()
    {
        var plan = PlanDocumentParser.Parse("质量提升行动方案\n一、加强标准建设。制定地方标准。（市质监局负责）\n二、开展质量月活动。组织宣传。（市质监局牵头，市教育局参加）\n");

        Assert.Equal(2, plan.Sections.Count);
        Assert.Equal(["一", "二"], plan.Tasks.Select(t => t.Number));
        Assert.Equal("二", plan.Tasks[1].Section);
        Assert.Equal("开展质量月活动", plan.Tasks[1].Title);
        Assert.Equal(["市质监局"], plan.Tasks[1].Lead);
    }

    [Fact]
    public void Parse_WhenThreeLevels_MakesMiddleLevelTheTasks()
    {
        var plan = PlanDocumentParser.Parse("质量工作实施方案\n一、总体要求\n（一）加强领导。\n1.建立机制。\n2.明确责任。（县政府办负责）\n（二）强化考核。（县质监局负责）\n二、保障措施\n（三）加强宣传。（县委宣传部负责）\n");

        Assert.Equal(["(一)", "(二)", "(三)"], plan.Tasks.Select(t => t.Number));
        Assert.Contains("2.明确责任。", plan.Tasks[0].Text, StringComparison.Ordinal);
        Assert.Equal(["县政府办"], plan.Tasks[0].Responsible);
    }

    [Fact]
    public void Parse_WhenFirstListedLeadsUnit_LeadIsFirst()
    {
        var task = Only(OneTask("（省商务厅、省公安厅负责，列第一位者为牵头单位）"));

        Assert.Equal(["省商务厅"], task.Lead);
        Assert.Equal(["省公安厅"], task.Participants);
        Assert.Empty(task.Responsible);
    }

    [Fact]
    public void Parse_WhenRuleStatedInPreamble_AppliesToAllTasks()
    {
        var plan = PlanDocumentParser.Parse("某省质量工作要点\n各项任务中排在第一位的部门为牵头部门。\n一、强化监管\n（一）开展整治。（省农业厅、省林业厅负责）\n（二）加强抽查。（省质监局、省工商局负责）\n");

        Assert.Equal(["省农业厅"], plan.Tasks[0].Lead);
        Assert.Equal(["省质监局"], plan.Tasks[1].Lead);
        Assert.Equal(["省工商局"], plan.Tasks[1].Participants);
    }

    [Fact]
    public void Parse_WhenLeadAndSupportJoinedByEnumerationComma_SplitsRoles()
    {
        var task = Only(OneTask("（省质监局牵头、省发展改革委配合）"));

        Assert.Equal(["省质监局"], task.Lead);
        Assert.Equal(["省发展改革委"], task.Participants);
    }

    [Fact]
    public void Parse_WhenLabelledUnits_ReadsLabels()
    {
        var task = Only(OneTask("（牵头单位：省质监局，省科技厅；配合单位：省财政厅）"));

        Assert.Equal(["省质监局", "省科技厅"], task.Lead);
        Assert.Equal(["省财政厅"], task.Participants);
    }

    [Fact]
    public void Parse_WhenActingTogetherWithOthers_FirstLeads()
    {
        var task = Only(OneTask("（省质监局会同省工商局负责）"));

        Assert.Equal(["省质监局"], task.Lead);
        Assert.Equal(["省工商局"], task.Participants);
    }

    [Fact]
    public void Parse_WhenHalfWidthPunctuation_ReadsSameAsFullWidth()
    {
        var full = Only(OneTask("（省质监局牵头，省教育厅、省卫生厅参加；各设区市政府）"));
        var half = Only(OneTask("(省质监局牵头,省教育厅、省卫生厅参加;各设区市政府)"));

        Assert.Equal(full.Lead, half.Lead);
        Assert.Equal(full.Participants, half.Participants);
        Assert.Equal(["各设区市政府"], half.Responsible);
    }

    [Fact]
    public void Parse_WhenGenericBodies_KeepsThemAsNames()
    {
        var task = Only(OneTask("（各有关部门、各省级人民政府负责）"));

        Assert.Equal(["各有关部门", "各省级人民政府"], task.Responsible);
    }

    [Fact]
    public void Parse_WhenTraditionalVerbs_ReadsRoles()
    {
        var task = Only(OneTask("（市質監局牽頭，市商務委、市農委參加）"));

        Assert.Equal(["市質監局"], task.Lead);
        Assert.Equal(["市商務委", "市農委"], task.Participants);
    }

    [Fact]
    public void Parse_WhenJoinInsideName_KeepsNameWhole()
    {
        var task = Only(OneTask("（住房和城乡建设厅、海洋与渔业厅及有关行业协会负责）"));

        Assert.Equal(["住房和城乡建设厅", "海洋与渔业厅", "有关行业协会"], task.Responsible);
    }

    [Fact]
    public void Parse_WhenArabicNumbersWithEnumerationCommaOrParentheses_FindsTasks()
    {
        var comma = PlanDocumentParser.Parse("工作方案\n一、重点任务\n1、加强监管。（区质监局负责）\n2、开展宣传。（区委宣传部负责）\n");
        var parens = PlanDocumentParser.Parse("工作方案\n一、重点任务\n（1）加强监管。（区质监局负责）\n（2）开展宣传。（区委宣传部负责）\n");

        Assert.Equal(["1", "2"], comma.Tasks.Select(t => t.Number));
        Assert.Equal(["(1)", "(2)"], parens.Tasks.Select(t => t.Number));
    }

    [Fact]
    public void Parse_WhenEnglishLinesFollow_KeepsThemAsTranslationOnly()
    {
        var plan = PlanDocumentParser.Parse("行动计划\n一、加强监管\nOne, strengthen supervision\n（一）开展整治。（质检总局负责）\n( a ) carry out rectification. ( AQSIQ )\n");

        var task = Assert.Single(plan.Tasks);
        Assert.Equal("( a ) carry out rectification. ( AQSIQ )", task.Translation);
        Assert.Equal("开展整治。", task.Text);
        Assert.Equal("加强监管", plan.Sections[0].Title);
    }

    [Fact]
    public void Parse_WhenNumberInsideRunningText_StartsNoItem()
    {
        var plan = PlanDocumentParser.Parse("行动计划\n一、目标\n（一）提高合格率。到2015年，合格率达到90%，\n12、13个县参与，培育1-2个品牌。（市质监局负责）\n（二）加强宣传。（市委宣传部负责）\n");

        Assert.Equal(["(一)", "(二)"], plan.Tasks.Select(t => t.Number));
    }

    [Fact]
    public void Parse_WhenNumberSkipped_WarnsNumberingGap()
    {
        var plan = PlanDocumentParser.Parse("行动计划\n一、目标\n（一）甲。（市质监局负责）\n（三）乙。（市质监局负责）\n");

        Assert.Equal(["(一)", "(三)"], plan.Tasks.Select(t => t.Number));
        Assert.Contains(plan.Warnings, w => w.Kind == ParseWarningKind.NumberingGap && w.Line == 4);
    }
}
