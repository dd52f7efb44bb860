using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Zhixin.Plans;
using Zhixin.Plans.Features;
using Zhixin.Platform.Web;
using Zhixin.Tests.Platform.Pages;

namespace Zhixin.Tests.Plans.Pages;

/// <summary>The multipart forms of the plans pages as a browser sends them, and the tasks of a plan to aim them at.</summary>
internal static partial class PlanPageForms
{
    /// <summary>GETs <paramref name="formPage"/> for its antiforgery token, then posts the fields and files to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(
        this HttpClient client, string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields, params (string Field, string Name, byte[] Content)[] files)
    {
        var page = await client.PageAsync(formPage);
        using var form = new MultipartFormDataContent { { new StringContent(PageForms.AntiforgeryToken(page)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value, Encoding.UTF8), name);
        }

        foreach (var (field, name, content) in files)
        {
            form.Add(new ByteArrayContent(content), field, name);
        }

        return await client.PostAsync(action, form, TestContext.Current.CancellationToken);
    }

    public static async Task<IReadOnlyList<TaskSummary>> TasksAsync(HttpClient client, Guid plan) =>
        (await client.GetFromJsonAsync<Page<TaskSummary>>(PlansRoutes.ApiTasks(plan), TestContext.Current.CancellationToken))!.Items;

    /// <summary>The value of the hidden input <paramref name="name"/> on a page.</summary>
    public static string Hidden(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"");
        Assert.True(match.Success, $"The page has no hidden {name}.");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("^/plans/[0-9a-f-]{36}$")]
    public static partial Regex PlanUrl();
}
