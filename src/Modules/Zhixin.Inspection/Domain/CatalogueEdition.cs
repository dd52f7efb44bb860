using Zhixin.Platform.Audit;

namespace Zhixin.Inspection.Domain;

/// <summary>
/// An edition of the key-regulated product catalogue (重点监管产品目录), e.g. the national 2023 edition (14 categories,
/// 247 products) or a province's adaptation of it. Editions are never edited in place once used: a province copies
/// the edition it adapts and changes its copy, so a plan keeps the risk levels it was allocated with.
/// </summary>
internal sealed class CatalogueEdition : IAudited
{
    public Guid Id { get; init; }

    /// <summary>A short stable code, e.g. "national-2023" or "350000-2024".</summary>
    public required string Code { get; init; }

    public required string Name { get; set; }

    /// <summary>The issuing authority's region: "000000" for the national edition, else a province or city.</summary>
    public required string IssuerRegionCode { get; init; }

    public Guid? BasedOnId { get; init; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>Where the list comes from (notice and number), shown with every product.</summary>
    public required string Source { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public List<CatalogueProduct> Products { get; init; } = [];
}

/// <summary>A product of a catalogue edition with its category and risk level, and the trades (GB/T 4754) that make it.</summary>
internal sealed class CatalogueProduct : IAudited
{
    public Guid Id { get; init; }

    public Guid EditionId { get; init; }

    public required string CategoryCode { get; set; }

    public required string CategoryName { get; set; }

    /// <summary>The product's code within the edition, e.g. "0402".</summary>
    public required string Code { get; init; }

    public required string Name { get; set; }

    public RiskLevel RiskLevel { get; set; }

    /// <summary>GB/T 4754 industry-code prefixes of its producers, comma-separated, e.g. "C3831,C3832": the draw pool of a product.</summary>
    public required string IndustryCodes { get; set; }

    /// <summary>The usual test items of its 实施细则, one per line, offered when results are entered.</summary>
    public string? TestItems { get; set; }

    public IReadOnlyList<string> IndustryPrefixes() =>
        IndustryCodes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
