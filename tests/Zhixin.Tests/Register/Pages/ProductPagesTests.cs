using System.Net;
using Zhixin.Platform.Identity;
using Zhixin.Register;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Platform.Pages;

namespace Zhixin.Tests.Register.Pages;

public sealed class ProductPagesTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task CreateProduct_WhenFormIsValid_ListsItOnTheProducersPage(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var producer = await RegisterData.CreateEnterpriseAsync(client, "350203", $"思明{TestCodes.Token()}食品有限公司");
        var name = $"苏打饼干{TestCodes.Token()}";

        var response = await client.SubmitAsync($"{RegisterRoutes.NewProduct}?producer={producer.CreditCode}",
        [
            new("Input.Gtin", TestCodes.Gtin13()),
            new("Input.Name", name),
            new("Input.CategoryCode", await RegisterData.AnyProductCategoryAsync(client)),
            new("Input.ProducerCreditCode", producer.CreditCode),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(name, await client.PageAsync(response.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.Contains(name, await client.PageAsync(RegisterRoutes.Enterprise(producer.Id)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task CreateProduct_WhenGtinCheckDigitIsWrong_ShowsTheFieldError(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var producer = await RegisterData.CreateEnterpriseAsync(client, "350203", $"思明{TestCodes.Token()}食品有限公司");
        var gtin = TestCodes.Gtin13();
        var wrong = gtin[..12] + (char)('0' + ((gtin[12] - '0' + 1) % 10));

        var response = await client.SubmitAsync(RegisterRoutes.NewProduct,
        [
            new("Input.Gtin", wrong),
            new("Input.Name", "测试产品"),
            new("Input.CategoryCode", await RegisterData.AnyProductCategoryAsync(client)),
            new("Input.ProducerCreditCode", producer.CreditCode),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches($"data-valmsg-for=\"Input.Gtin\"[^>]*>[^<]*“{gtin[12]}”", await response.BodyAsync());
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ProductRows_WhenRequested_ReturnAFragment(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350203");

        var response = await client.GetAsync($"{RegisterRoutes.Products}?handler=Rows&q=none", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", await response.BodyAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ProductList_WhenCallerIsEnterpriseUser_ShowsNoNewProductButton(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.EnterpriseUser, enterprise: TestCodes.CreditCode());

        var list = await client.PageAsync(RegisterRoutes.Products);

        Assert.DoesNotContain($"href=\"{RegisterRoutes.NewProduct}\"", list, StringComparison.Ordinal);
    }
}
