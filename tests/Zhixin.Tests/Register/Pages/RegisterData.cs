using System.Net.Http.Json;
using Zhixin.Register;
using Zhixin.Register.Features;

namespace Zhixin.Tests.Register.Pages;

/// <summary>Arranges register data through the API, as another front door would, so page tests start from real records.</summary>
internal static class RegisterData
{
    public static async Task<EnterpriseResponse> CreateEnterpriseAsync(HttpClient client, string region, string name)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.PostAsJsonAsync(RegisterRoutes.ApiEnterprises, new
        {
            creditCode = Infrastructure.TestCodes.CreditCode(region),
            name,
            regionCode = region,
            industryCode = "C1311",
        }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<EnterpriseResponse>(TestContext.Current.CancellationToken))!;
    }

    public static async Task<string> AnyProductCategoryAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var categories = await client.GetFromJsonAsync<List<Zhixin.Register.Features.ListReferenceData.ProductCategoryResponse>>(
            RegisterRoutes.ApiProductCategories, TestContext.Current.CancellationToken);
        return categories!.First(c => c.ParentCode is not null).Code;
    }
}
