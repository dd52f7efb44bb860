using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Platform.Cli;
using Zhixin.Platform.Data;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Modules;
using Microsoft.AspNetCore.Mvc;
using Zhixin.Register.Cli;
using Zhixin.Register.Contracts;
using Zhixin.Register.Data;
using Zhixin.Register.Features;
using Zhixin.Register.Features.ExportEnterprises;
using Zhixin.Register.Features.GenerateEnterprises;
using Zhixin.Register.Features.ImportEnterprises;
using Zhixin.Register.Features.CreateEnterprise;
using Zhixin.Register.Features.CreateProduct;
using Zhixin.Register.Features.GetEnterprise;
using Zhixin.Register.Features.GetProduct;
using Zhixin.Register.Features.ListReferenceData;
using Zhixin.Register.Features.SearchEnterprises;
using Zhixin.Register.Features.SearchProducts;
using Zhixin.Register.Features.UpdateEnterprise;
using Zhixin.Register.Features.UpdateProduct;
using Zhixin.Register.Features.VoidEnterprise;
using Zhixin.Register.Features.VoidProduct;

namespace Zhixin.Register;

/// <summary>The enterprise and product register (企业名录, 产品): level 1, above the shared kernel only.</summary>
public sealed class RegisterModule : IZhixinModule
{
    public const int Level = 1;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<RegisterDbContext>(RegisterDbContext.SchemaName, Level);
        services.AddScoped<IReferenceDataSeed, ProductCategorySeed>();
        services.AddScoped<IEnterpriseDirectory, EnterpriseDirectory>();
        services.AddScoped<SearchEnterprisesHandler>();
        services.AddScoped<GetEnterpriseHandler>();
        services.AddScoped<CreateEnterpriseHandler>();
        services.AddScoped<UpdateEnterpriseHandler>();
        services.AddScoped<VoidEnterpriseHandler>();
        services.AddScoped<CreateProductHandler>();
        services.AddScoped<UpdateProductHandler>();
        services.AddScoped<GetProductHandler>();
        services.AddScoped<SearchProductsHandler>();
        services.AddScoped<VoidProductHandler>();
        services.AddScoped<ImportEnterprisesHandler>();
        services.AddScoped<ExportEnterprisesHandler>();
        services.AddScoped<GenerateEnterprisesHandler>();
        services.AddScoped<IDemoDataSeed, RegisterDemoData>();
    }

    public void MapEndpoints(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup(RegisterRoutes.Api).WithTags("Register").RequireAuthorization(Policies.RegisterRead);

        var enterprises = api.MapGroup("/enterprises");
        enterprises.MapGet("/", SearchEnterprisesEndpoint.HandleAsync).WithName("SearchEnterprises").ProducesValidationProblem();
        enterprises.MapGet("/{id:guid}", GetEnterpriseEndpoint.ByIdAsync).WithName("GetEnterprise").ProducesProblem(StatusCodes.Status404NotFound);
        enterprises.MapGet("/by-code/{creditCode}", GetEnterpriseEndpoint.ByCreditCodeAsync).WithName("GetEnterpriseByCreditCode")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();
        enterprises.MapPost("/", CreateEnterpriseEndpoint.HandleAsync).WithName("CreateEnterprise")
            .RequireAuthorization(Policies.RegisterWrite).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status403Forbidden);
        enterprises.MapPut("/{id:guid}", UpdateEnterpriseEndpoint.HandleAsync).WithName("UpdateEnterprise")
            .RequireAuthorization(Policies.RegisterWrite).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status403Forbidden);
        enterprises.MapPost("/import", ImportEnterprisesEndpoint.HandleAsync).WithName("ImportEnterprises")
            .RequireAuthorization(Policies.RegisterWrite)
            .WithMetadata(new RequestSizeLimitAttribute(ImportEnterprisesEndpoint.MaxUploadBytes))
            .Accepts<Stream>("text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/octet-stream")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        enterprises.MapGet("/export", ExportEnterprisesEndpoint.HandleAsync).WithName("ExportEnterprises")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem();
        api.MapGet("/imports/{id:guid}/errors.csv", ImportEnterprisesEndpoint.ErrorReportAsync).WithName("GetImportErrorReport")
            .RequireAuthorization(Policies.RegisterWrite);
        enterprises.MapPost("/{id:guid}/void", VoidEnterpriseEndpoint.HandleAsync).WithName("VoidEnterprise")
            .RequireAuthorization(Policies.RegisterWrite).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var products = api.MapGroup("/products");
        products.MapGet("/", SearchProductsEndpoint.HandleAsync).WithName("SearchProducts").ProducesValidationProblem();
        products.MapGet("/{id:guid}", GetProductEndpoint.HandleAsync).WithName("GetProduct").ProducesProblem(StatusCodes.Status404NotFound);
        products.MapPost("/", CreateProductEndpoint.HandleAsync).WithName("CreateProduct")
            .RequireAuthorization(Policies.RegisterWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        products.MapPut("/{id:guid}", UpdateProductEndpoint.HandleAsync).WithName("UpdateProduct")
            .RequireAuthorization(Policies.RegisterWrite).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        products.MapPost("/{id:guid}/void", VoidProductEndpoint.HandleAsync).WithName("VoidProduct")
            .RequireAuthorization(Policies.RegisterWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/product-categories", ListReferenceDataEndpoint.CategoriesAsync).WithName("ListProductCategories");
        api.MapGet("/industries", ListReferenceDataEndpoint.Industries).WithName("ListIndustries");
    }

    public void AddCommands(ZhixinCommandLine commandLine) => RegisterCommands.Add(commandLine);
}
