using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Web;
using Zhixin.Register.Data;

namespace Zhixin.Register.Domain;

/// <summary>A product as typed; validation resolves its producer and category in the caller's scope.</summary>
internal sealed record ProductFields(string? Name, string? Brand, string? Specification, string? CategoryCode, string? ProducerCreditCode)
{
    public async Task<(ProductDetails Details, Enterprise Producer)?> ValidateAsync(
        RegisterDbContext db, FieldErrors errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.All.Count;
        var name = Required(Name, "name", 200, errors);
        var brand = Optional(Brand, "brand", 100, errors);
        var specification = Optional(Specification, "specification", 200, errors);

        var categoryCode = CategoryCode?.Trim();
        if (string.IsNullOrEmpty(categoryCode))
        {
            errors.Add("categoryCode", RegisterText.Format("Field.Required", RegisterText.Get("Field.categoryCode")));
        }
        else if (!await db.ProductCategories.AnyAsync(c => c.Code == categoryCode, cancellationToken))
        {
            errors.Add("categoryCode", RegisterText.Format("Product.CategoryUnknown", categoryCode));
        }

        Enterprise? producer = null;
        var code = errors.Check("producerCreditCode", CreditCode.ParseAllowingCheckOverride(ProducerCreditCode));
        if (code is { } c)
        {
            var value = c.Value;
            producer = await db.Enterprises.FirstOrDefaultAsync(e => e.CreditCode == value, cancellationToken);
            if (producer is null)
            {
                errors.Add("producerCreditCode", RegisterText.Format("Product.ProducerUnknown", value));
            }
        }

        return errors.All.Count > before || producer is null || name is null
            ? null
            : (new ProductDetails(name, brand, specification, categoryCode!), producer);
    }

    private static string? Required(string? value, string field, int max, FieldErrors errors)
    {
        var text = Optional(value, field, max, errors);
        if (text is null && string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, RegisterText.Format("Field.Required", RegisterText.Get($"Field.{field}")));
        }

        return text;
    }

    private static string? Optional(string? value, string field, int max, FieldErrors errors)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Any(char.IsControl))
        {
            errors.Add(field, RegisterText.Format("Field.ControlCharacter", RegisterText.Get($"Field.{field}"), "U+" + ((int)text.First(char.IsControl)).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
            return null;
        }

        if (text.Length > max)
        {
            errors.Add(field, RegisterText.Format("Field.TooLong", RegisterText.Get($"Field.{field}"), max, text.Length));
            return null;
        }

        return text;
    }
}
