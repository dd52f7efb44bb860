using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Zhixin.Credit;
using Zhixin.Credit.Features.ManageSharingGrants;
using Zhixin.Tests.Infrastructure;
using static Zhixin.Tests.Credit.Lists.TestListings;

namespace Zhixin.Tests.Credit.Sharing;

/// <summary>Grants issued through the API as a regulator would, and clients calling the sharing API with a grant's token.</summary>
internal static class TestSharing
{
    public const string Purpose = "财政补贴资格审核";

    public static async Task<IssueSharingGrantResponse> GrantAsync(HttpClient regulator, string department, string region, params string[] scopes)
    {
        var response = await regulator.PostAsJsonAsync(CreditRoutes.ApiSharingGrants, new
        {
            departmentCode = department,
            regionCode = region,
            scopes,
            expiresOn = "2027-06-30",
            purpose = Purpose,
        }, TestContext.Current.CancellationToken);
        return await ReadAsync<IssueSharingGrantResponse>(response, HttpStatusCode.Created);
    }

    /// <summary>A client of the test server sending the token as a department's system does.</summary>
    public static HttpClient Bearer(ZhixinApp app, string token)
    {
        ArgumentNullException.ThrowIfNull(app);
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
