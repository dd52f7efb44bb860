using System.Net;
using System.Text.RegularExpressions;

namespace Zhixin.Tests.Platform.Pages;

/// <summary>
/// What a browser does with a form: read the antiforgery token from the page it got (the cookie half is in
/// the client's cookie container), then post the fields with it.
/// </summary>
internal static partial class PageForms
{
    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>GETs <paramref name="formPage"/>, then posts <paramref name="fields"/> with its token to <paramref name="action"/> (the same page by default).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, string formPage, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetStringAsync(formPage, TestContext.Current.CancellationToken);
        using var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", AntiforgeryToken(page))]);
        return await client.PostAsync(action ?? formPage, content, TestContext.Current.CancellationToken);
    }

    public static Task<string> BodyAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    public static Task<string> PageAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.GetStringAsync(url, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
