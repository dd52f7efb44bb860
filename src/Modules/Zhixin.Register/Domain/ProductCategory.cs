namespace Zhixin.Register.Domain;

/// <summary>A product category (two levels); reference data shipped with the code and editable by people.</summary>
internal sealed class ProductCategory
{
    public required string Code { get; init; }

    public required string Name { get; set; }

    public string? ParentCode { get; set; }
}
