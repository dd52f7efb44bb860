namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// The furniture of the web pages plans are copied from: after the document come tags, share and report
/// counters, copyright statements, menus and "Processed in" lines. The first such line after the body has
/// started ends the document, so none of it becomes an item or leaks into the last item's text.
/// </summary>
internal static class PageClutter
{
    private const int ShortLine = 40;

    private static readonly string[] LabelStarts =
    [
        "地区", "地區", "标签", "標簽", "標籤", "关键词", "關鍵詞", "关键字", "關鍵字", "声明", "聲明", "免责声明", "免責聲明",
        "来源", "來源", "责任编辑", "責任編輯", "编辑", "編輯", "相关阅读", "相關閱讀", "相关链接", "相關鏈接", "相关新闻", "相關新聞",
        "上一篇", "下一篇", "推荐", "推薦", "点击排行", "點擊排行", "热门", "熱門", "更多", "分享到", "打印", "关闭", "關閉",
        "网站首页", "網站首頁", "版权", "版權", "Copyright", "copyright", "©", "Processed in", "Powered by", "[", "【 ", "收藏", "举报", "舉報",
        "按分类浏览", "按分類瀏覽", "扫描二维码", "掃描二維碼", "附件下载", "附件下載", "电询", "電詢", "QQ", "※",
    ];

    private static readonly string[] Anywhere =
    [
        "举报 0", "舉報 0", "收藏 0", "打赏 0", "打賞 0", "评论 0", "評論 0", "Processed in", "加入收藏", "打印本文", "关闭窗口", "關閉窗口",
        "版权所有", "版權所有", "All Rights Reserved", "ICP备", "ICP備",
    ];

    public static bool EndsDocument(string line)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return false;
        }

        foreach (var marker in Anywhere)
        {
            if (trimmed.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (trimmed.Length > ShortLine && !trimmed.Contains(':') && !trimmed.Contains('：'))
        {
            return false;
        }

        foreach (var marker in LabelStarts)
        {
            if (trimmed.StartsWith(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lines before the document that summarise or describe it (核心提示, 发布单位 tables), never content.</summary>
    public static bool IsHeaderFurniture(string line)
    {
        var trimmed = line.AsSpan().Trim();
        return trimmed.StartsWith("核心提示", StringComparison.Ordinal)
            || trimmed.StartsWith("当前位置", StringComparison.Ordinal)
            || trimmed.StartsWith("當前位置", StringComparison.Ordinal)
            || trimmed.StartsWith("【", StringComparison.Ordinal)
            || trimmed.StartsWith("发布", StringComparison.Ordinal)
            || trimmed.StartsWith("發布", StringComparison.Ordinal)
            || trimmed.StartsWith("放大字体", StringComparison.Ordinal);
    }
}
