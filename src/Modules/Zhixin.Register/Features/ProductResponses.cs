using Zhixin.Register.Domain;

namespace Zhixin.Register.Features;

internal sealed record ProductResponse(
    Guid Id,
    string Gtin,
    string GtinDisplay,
    string Name,
    string? Brand,
    string? Specification,
    string CategoryCode,
    string? CategoryName,
    Guid ProducerId,
    string ProducerCreditCode,
    string? ProducerName,
    string RegionCode,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    int Revision);

internal static class ProductMapping
{
    public static string GtinDisplay(string gtin14) => gtin14.Length == 14 && gtin14[0] == '0' ? gtin14[1..] : gtin14;

    public static ProductResponse ToResponse(this Product p, string? categoryName, string? producerName) => new(
        p.Id, p.Gtin, GtinDisplay(p.Gtin), p.Name, p.Brand, p.Specification, p.CategoryCode, categoryName,
        p.ProducerId, p.ProducerCreditCode, producerName, p.RegionCode, p.CreatedAt, p.CreatedBy, p.UpdatedAt, p.UpdatedBy, p.Revision);
}
