using Zhixin.Platform.Audit;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Data;
using Zhixin.Platform.Scoping;

namespace Zhixin.Register.Domain;

/// <summary>
/// A product of the register, identified by its GS1 GTIN (stored in the 14-digit form) and made by an
/// enterprise of the register. It carries its producer's region and code as its own security label.
/// </summary>
internal sealed class Product : IEnterpriseOwned, IVoidable, IAudited
{
    private Product()
    {
    }

    public Guid Id { get; private set; }

    public string Gtin { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? Brand { get; private set; }

    /// <summary>规格型号</summary>
    public string? Specification { get; private set; }

    public string CategoryCode { get; private set; } = "";

    public Guid ProducerId { get; private set; }

    [EnterpriseOwnerKey]
    public string ProducerCreditCode { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    public int Revision { get; private set; }

    public DateTimeOffset? VoidedAt { get; private set; }

    public string? VoidedBy { get; private set; }

    public string? VoidReason { get; private set; }

    public static Product Register(Gtin gtin, ProductDetails details, Enterprise producer, DateTimeOffset now, string actor)
    {
        ArgumentNullException.ThrowIfNull(details);
        var product = new Product
        {
            Id = Guid.CreateVersion7(now),
            Gtin = gtin.Value,
            CreatedAt = now,
            CreatedBy = actor,
            Revision = 1,
        };
        product.Apply(details, producer, now, actor);
        return product;
    }

    public void Update(ProductDetails details, Enterprise producer, DateTimeOffset now, string actor)
    {
        Apply(details, producer, now, actor);
        Revision++;
    }

    /// <summary>Takes over the producer's region when the producer moves.</summary>
    public void FollowProducer(Enterprise producer, DateTimeOffset now, string actor)
    {
        ArgumentNullException.ThrowIfNull(producer);
        RegionCode = producer.RegionCode;
        UpdatedAt = now;
        UpdatedBy = actor;
        Revision++;
    }

    public void Void(string reason, DateTimeOffset now, string actor)
    {
        VoidedAt = now;
        VoidedBy = actor;
        VoidReason = reason;
        Revision++;
    }

    private void Apply(ProductDetails details, Enterprise producer, DateTimeOffset now, string actor)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(producer);
        Name = details.Name;
        Brand = details.Brand;
        Specification = details.Specification;
        CategoryCode = details.CategoryCode;
        ProducerId = producer.Id;
        ProducerCreditCode = producer.CreditCode;
        RegionCode = producer.RegionCode;
        UpdatedAt = now;
        UpdatedBy = actor;
    }
}

internal sealed record ProductDetails(string Name, string? Brand, string? Specification, string CategoryCode);
