using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zhixin.Inspection.Cli;
using Zhixin.Inspection.Contracts;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Features;
using Zhixin.Inspection.Features.AdaptEdition;
using Zhixin.Inspection.Features.AddInspector;
using Zhixin.Inspection.Features.AdjustAllocation;
using Zhixin.Inspection.Features.CreateSpotCheckPlan;
using Zhixin.Inspection.Features.ExecuteDraw;
using Zhixin.Inspection.Features.ExportPassRates;
using Zhixin.Inspection.Features.GenerateBatches;
using Zhixin.Inspection.Features.GetBatch;
using Zhixin.Inspection.Features.GetDraw;
using Zhixin.Inspection.Features.GetNetContentCheck;
using Zhixin.Inspection.Features.GetPassRateTrend;
using Zhixin.Inspection.Features.GetPassRates;
using Zhixin.Inspection.Features.PassRateSummary;
using Zhixin.Inspection.Features.GetSpotCheckPlan;
using Zhixin.Inspection.Features.ImportResults;
using Zhixin.Inspection.Features.ListBatches;
using Zhixin.Inspection.Features.ListCatalogue;
using Zhixin.Inspection.Features.ListInspectors;
using Zhixin.Inspection.Features.ListNetContentChecks;
using Zhixin.Inspection.Features.ListPublicResults;
using Zhixin.Inspection.Features.ListSpotCheckPlans;
using Zhixin.Inspection.Features.ProposeAllocation;
using Zhixin.Inspection.Features.PublishDraw;
using Zhixin.Inspection.Features.PublishResults;
using Zhixin.Inspection.Features.RecordFollowUpStep;
using Zhixin.Inspection.Features.RecordNetContentCheck;
using Zhixin.Inspection.Features.RecordResults;
using Zhixin.Inspection.Features.RecordSampling;
using Zhixin.Inspection.Features.SaveCatalogueProduct;
using Zhixin.Inspection.Features.SetInspectorActive;
using Zhixin.Inspection.Features.VerifyDraw;
using Zhixin.Inspection.FollowUp;
using Zhixin.Inspection.Indicators;
using Zhixin.Inspection.Sampling;
using Zhixin.Platform.Cli;
using Zhixin.Platform.Data;
using Zhixin.Platform.Events;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Indicators;
using Zhixin.Platform.Modules;

namespace Zhixin.Inspection;

/// <summary>Spot checks and statistics (监督抽查 / 合格率统计 / 净含量): level 2, above the register.</summary>
public sealed class InspectionModule : IZhixinModule
{
    public const int Level = 2;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<InspectionDbContext>(InspectionDbContext.SchemaName, Level);
        services.AddOutbox<InspectionDbContext>();
        services.AddIntegrationEvent<BatchFailed>(BatchFailed.EventName);
        services.AddScoped<ListCatalogueHandler>();
        services.AddScoped<AdaptEditionHandler>();
        services.AddScoped<SaveCatalogueProductHandler>();
        services.AddScoped<CreateSpotCheckPlanHandler>();
        services.AddScoped<ListSpotCheckPlansHandler>();
        services.AddScoped<GetSpotCheckPlanHandler>();
        services.AddScoped<RecordSamplingHandler>();
        services.AddScoped<RecordResultsHandler>();
        services.AddScoped<ListBatchesHandler>();
        services.AddScoped<GetBatchHandler>();
        services.AddScoped<IDemoDataSeed, InspectionDemoData>();
        services.AddScoped<GenerateBatchesHandler>();
        services.AddScoped<GetPassRatesHandler>();
        services.AddScoped<GetPassRateTrendHandler>();
        services.AddScoped<PassRateSummaryReader>();
        services.AddScoped<PassRateSummaryBuilder>();
        var summaryInterval = configuration.GetValue("Zhixin:Inspection:Statistics:SummaryInterval", TimeSpan.FromMinutes(1));
        var summaryFrom = configuration.GetValue("Zhixin:Inspection:Statistics:SummaryFromBatches", PassRateSummaryBuilder.DefaultMinimumBatches);
        services.AddHostedService(provider => new PassRateSummaryJob(
            provider, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<PassRateSummaryJob>>(), summaryInterval, summaryFrom));
        services.AddScoped<ExportPassRatesHandler>();
        services.AddScoped<IIndicatorSource, PassRateIndicator>();
        services.AddScoped<ImportResultsHandler>();
        services.AddScoped<RecordNetContentCheckHandler>();
        services.AddScoped<ListNetContentChecksHandler>();
        services.AddScoped<GetNetContentCheckHandler>();
        services.AddScoped<ProposeAllocationHandler>();
        services.AddScoped<AdjustAllocationHandler>();
        services.AddScoped<PublishDrawHandler>();
        // The credit module, when present, registers its own after this one; the last registration is the one resolved.
        services.AddScoped<ICreditRiskClasses, UnclassifiedRiskClasses>();
        services.AddScoped<ExecuteDrawHandler>();
        services.AddScoped<VerifyDrawHandler>();
        services.AddScoped<GetDrawHandler>();
        services.AddScoped<ListInspectorsHandler>();
        services.AddScoped<AddInspectorHandler>();
        services.AddScoped<SetInspectorActiveHandler>();
        services.AddFollowUpDeadlines();
        services.AddSingleton<BatchFollowUp>();
        services.AddScoped<RecordFollowUpStepHandler>();
        services.AddScoped<PublishResultsHandler>();
        services.AddScoped<ListPublicResultsHandler>();
        services.AddScoped<IPublishedSpotCheckResults, PublishedSpotCheckResults>();
    }

    public void MapEndpoints(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup(InspectionRoutes.Api).WithTags("Inspection").RequireAuthorization(Policies.InspectionRead);

        api.MapGet("/catalogue", ListCatalogueEndpoint.HandleAsync).WithName("ListCatalogue")
            .WithSummary("The key-regulated product catalogue (重点监管产品目录): its editions and one edition's products with risk levels");
        api.MapPost("/catalogue/editions", AdaptEditionEndpoint.HandleAsync).WithName("AdaptCatalogueEdition")
            .WithSummary("A new edition for a region, copied from an existing one (a province adapts the national edition)")
            .RequireAuthorization(Policies.InspectionWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPut("/catalogue/{edition}/products/{code}", SaveCatalogueProductEndpoint.HandleAsync).WithName("SaveCatalogueProduct")
            .WithSummary("Add or change a product of an edition: category, risk level, producing trades (GB/T 4754), usual test items")
            .RequireAuthorization(Policies.InspectionWrite).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/plans", ListSpotCheckPlansEndpoint.HandleAsync).WithName("ListSpotCheckPlans")
            .WithSummary("Spot-check plans (监督抽查计划), filter by year and organising region");
        api.MapPost("/plans", CreateSpotCheckPlanEndpoint.HandleAsync).WithName("CreateSpotCheckPlan")
            .WithSummary("A yearly or special spot-check plan: catalogue edition, period, budget in batches")
            .RequireAuthorization(Policies.InspectionWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/plans/{id:guid}", GetSpotCheckPlanEndpoint.HandleAsync).WithName("GetSpotCheckPlan")
            .WithSummary("A plan with its allocation (product × region), draws and progress").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/plans/{id:guid}/allocation", ProposeAllocationEndpoint.HandleAsync).WithName("ProposeAllocation")
            .WithSummary("Propose the plan's allocation (样本分配): products × regions, producers from the register, budget split by risk; replaces it until a draw is published")
            .RequireAuthorization(Policies.InspectionWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/plans/{id:guid}/allocation", AdjustAllocationEndpoint.HandleBulkAsync).WithName("AdjustAllocation")
            .WithSummary("Adjust several allocation rows at once: [{allocationId, batches}], within producers and budget; errors name the row")
            .RequireAuthorization(Policies.InspectionWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/plans/{id:guid}/allocation/{allocationId:guid}", AdjustAllocationEndpoint.HandleAsync).WithName("AdjustAllocationRow")
            .WithSummary("Adjust one allocation row's batches, within its producers and the plan's budget")
            .RequireAuthorization(Policies.InspectionWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/allocations/{allocationId:guid}/draws", PublishDrawEndpoint.HandleAsync).WithName("PublishDraw")
            .WithSummary("Publish a 双随机 draw of an allocation row: firm and inspector pools, exclusions, the listing's SHA-256 and the seed, before the draw")
            .RequireAuthorization(Policies.InspectionWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/draws/{id:guid}", GetDrawEndpoint.HandleAsync).WithName("GetDraw")
            .WithSummary("A draw: seed, pool hash and listing, pool sizes, exclusions, the firms drawn with their inspectors").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/draws/{id:guid}/draw", ExecuteDrawEndpoint.HandleAsync).WithName("ExecuteDraw")
            .WithSummary("Make a published draw from exactly the published listing and seed; once")
            .RequireAuthorization(Policies.InspectionWrite).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/draws/{id:guid}/verify", VerifyDrawEndpoint.HandleAsync).WithName("VerifyDraw")
            .WithSummary("Re-run a made draw from its seed and listing and compare with the stored result")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/inspectors", ListInspectorsEndpoint.HandleAsync).WithName("ListInspectors")
            .WithSummary("The inspector roster (执法检查人员名录) in the caller's scope: filter by region, active, name or badge; paged");
        api.MapPost("/inspectors", AddInspectorEndpoint.HandleAsync).WithName("AddInspector")
            .WithSummary("Add an inspector: name, badge number (unique), region, department")
            .RequireAuthorization(Policies.InspectionWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPut("/inspectors/{id:guid}/active", SetInspectorActiveEndpoint.HandleAsync).WithName("SetInspectorActive")
            .WithSummary("Take an inspector out of the draw pools or back in")
            .RequireAuthorization(Policies.InspectionWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/batches", ListBatchesEndpoint.HandleAsync).WithName("ListBatches")
            .WithSummary("Sampled batches in the caller's scope: filter by plan, product, region, verdict, year, text; paged");
        api.MapPost("/batches", RecordSamplingEndpoint.HandleAsync).WithName("RecordSampling")
            .WithSummary("Record a sampled batch (抽样单): firm, product, lot, quantities, seals, samplers, place, channel")
            .RequireAuthorization(Policies.InspectionWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/batches/{id:guid}", GetBatchEndpoint.HandleAsync).WithName("GetBatch")
            .WithSummary("A batch with its sampling record, test items and follow-up").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/batches/{id:guid}/results", RecordResultsEndpoint.HandleAsync).WithName("RecordTestResults")
            .WithSummary("Record the lab's results item by item; any failing item fails the batch and raises BatchFailed")
            .RequireAuthorization(Policies.InspectionWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/statistics/pass-rates", GetPassRatesEndpoint.HandleAsync).WithName("GetPassRates")
            .WithSummary("Batch and enterprise pass rates with intervals by one or two of product, category, region, firmSize, channel, quarter; ranks, year-on-year change, totals, weighted rate")
            .ProducesValidationProblem();
        api.MapGet("/statistics/pass-rates.xlsx", ExportPassRatesEndpoint.HandleAsync).WithName("ExportPassRates")
            .WithSummary("The pass-rate table as an XLSX workbook (same query string), with the filters, the method and a totals row")
            .Produces(StatusCodes.Status200OK, contentType: ExportPassRatesHandler.ContentType).ProducesValidationProblem();
        api.MapGet("/statistics/trend", GetPassRateTrendEndpoint.HandleAsync).WithName("GetPassRateTrend")
            .WithSummary("The pass rate per year or quarter over a range of years, with intervals and significant changes")
            .ProducesValidationProblem();
        api.MapPost("/batches/results/import", ImportResultsEndpoint.HandleAsync).WithName("ImportTestResults")
            .WithSummary("Import labs' results from an .xlsx (one row per test item, grouped by sampling number): all or nothing; ?dryRun=true checks only")
            .RequireAuthorization(Policies.InspectionWrite).WithMetadata(new RequestSizeLimitAttribute(ImportResultsEndpoint.MaxUploadBytes))
            .Accepts<Stream>(ImportResultsEndpoint.XlsxMediaType, "text/csv", "application/octet-stream")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        api.MapGet("/net-content", ListNetContentChecksEndpoint.HandleAsync).WithName("ListNetContentChecks")
            .WithSummary("Net-content checks (定量包装商品净含量) in the caller's scope: filter by text, verdict, region, year, batch; paged");
        api.MapPost("/net-content", RecordNetContentCheckEndpoint.HandleAsync).WithName("RecordNetContentCheck")
            .WithSummary("Judge a lot by JJF 1070 from its measurements and store the inputs, the verdict and the whole calculation")
            .RequireAuthorization(Policies.InspectionWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/net-content/{id:guid}", GetNetContentCheckEndpoint.HandleAsync).WithName("GetNetContentCheck")
            .WithSummary("A net-content check with its measurements and every step of the calculation").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/batches/{id:guid}/follow-up", RecordFollowUpStepEndpoint.HandleAsync).WithName("RecordFollowUpStep")
            .WithSummary("Record a follow-up step (后处理: notice served, objection, correction, re-inspection …); a step outside its legal window needs overrideReason and is audited")
            .RequireAuthorization(Policies.InspectionWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/batches/{id:guid}/publish", PublishResultsEndpoint.PublishBatchAsync).WithName("PublishBatchResults")
            .WithSummary("Publish a batch's result (公示) once the firm can no longer dispute it; 409 names the rule and the date it becomes eligible")
            .RequireAuthorization(Policies.InspectionWrite).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/plans/{id:guid}/publish", PublishResultsEndpoint.PublishPlanAsync).WithName("PublishPlanResults")
            .WithSummary("Publish every eligible batch of a plan in the caller's scope; reports the batches published and those skipped with the reason")
            .RequireAuthorization(Policies.InspectionWrite).ProducesProblem(StatusCodes.Status404NotFound);

        // The public list (公示) is for everyone: outside the module's group, so no policy applies.
        app.MapGet(InspectionRoutes.ApiPublic, ListPublicResultsEndpoint.HandleAsync).WithTags("Inspection").WithName("ListPublicResults")
            .WithSummary("Published spot-check results across all regions (抽查结果公示), anonymous: filter by product, region prefix, verdict, year, firm; paged")
            .AllowAnonymous();
    }

    public void AddCommands(ZhixinCommandLine commandLine)
    {
        NetContentCommand.Add(commandLine);
        GenerateCommand.Add(commandLine);
        ResultsCommands.Add(commandLine);
    }
}
