using Zhixin.Register.Features;
using Zhixin.Register.Features.CreateProduct;
using Zhixin.Register.Features.UpdateProduct;

namespace Zhixin.Register.Pages.Products;

/// <summary>The product form as posted; property names are the handlers' field names, so errors find their inputs.</summary>
internal sealed class ProductInput
{
    public string? Gtin { get; set; }

    public string? Name { get; set; }

    public string? Brand { get; set; }

    public string? Specification { get; set; }

    public string? CategoryCode { get; set; }

    public string? ProducerCreditCode { get; set; }

    public int Revision { get; set; }

    public static ProductInput From(ProductResponse product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return new ProductInput
        {
            Gtin = product.GtinDisplay,
            Name = product.Name,
            Brand = product.Brand,
            Specification = product.Specification,
            CategoryCode = product.CategoryCode,
            ProducerCreditCode = product.ProducerCreditCode,
            Revision = product.Revision,
        };
    }

    public CreateProductRequest ToCreateRequest() => new(Gtin, Name, CategoryCode, ProducerCreditCode, Brand, Specification);

    public UpdateProductRequest ToUpdateRequest() => new(Revision, Name, CategoryCode, ProducerCreditCode, Brand, Specification);
}
