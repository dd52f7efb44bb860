using System.Globalization;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Web;

namespace Zhixin.Register.Domain;

/// <summary>
/// An enterprise as typed: in a form, a JSON body or a spreadsheet row, every field a string. Validation
/// turns it into <see cref="EnterpriseDetails"/> or into field errors named as the caller names its fields.
/// </summary>
internal sealed record EnterpriseFields(
    string? CreditCode,
    string? OrgCode,
    string? Name,
    string? RegionCode,
    string? IndustryCode,
    string? Status,
    string? LegalRepresentative,
    string? Address,
    string? EstablishedOn)
{
    public const int NameMaxLength = 200;
    public const int LegalRepresentativeMaxLength = 100;
    public const int AddressMaxLength = 300;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];

    /// <summary>Field names as reported; a spreadsheet import maps them to its column headers.</summary>
    public static class Names
    {
        public const string CreditCode = "creditCode";
        public const string OrgCode = "orgCode";
        public const string Name = "name";
        public const string RegionCode = "regionCode";
        public const string IndustryCode = "industryCode";
        public const string Status = "status";
        public const string LegalRepresentative = "legalRepresentative";
        public const string Address = "address";
        public const string EstablishedOn = "establishedOn";
    }

    /// <param name="allowCheckOverride">True only when a person has given a reason for admitting a code whose check characters fail.</param>
    public EnterpriseDetails? Validate(FieldErrors errors, bool allowCheckOverride, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.All.Count;
        var creditCode = errors.Check(Names.CreditCode,
            allowCheckOverride ? Platform.Codes.CreditCode.ParseAllowingCheckOverride(CreditCode) : Platform.Codes.CreditCode.Parse(CreditCode));

        if (!string.IsNullOrWhiteSpace(OrgCode))
        {
            var orgCode = errors.Check(Names.OrgCode, Platform.Codes.OrgCode.Parse(OrgCode));
            if (orgCode is { } org && creditCode is { } credit && !credit.Contains(org))
            {
                errors.Add(Names.OrgCode, new CodeProblem("CreditCode.OrgCodeMismatch", org.Printed, credit.OrganizationCode.Printed).Message);
            }
        }

        var name = Text(Name, Names.Name, NameMaxLength, required: true, errors);
        var region = errors.Check(Names.RegionCode, Platform.Codes.RegionCode.Parse(RegionCode));
        var industry = Industries.Normalize(IndustryCode, Names.IndustryCode, errors);
        if (!EnterpriseStatuses.TryParse(Status, out var status))
        {
            errors.Add(Names.Status, RegisterText.Format("Enterprise.StatusUnknown", Status ?? ""));
        }

        var legalRepresentative = Text(LegalRepresentative, Names.LegalRepresentative, LegalRepresentativeMaxLength, required: false, errors);
        var address = Text(Address, Names.Address, AddressMaxLength, required: false, errors);
        var established = Date(EstablishedOn, today, errors);

        return errors.All.Count > before || creditCode is null || region is null || name is null
            ? null
            : new EnterpriseDetails(creditCode.Value, name, region.Value, industry, status, legalRepresentative, address, established);
    }

    private static string? Text(string? value, string field, int maxLength, bool required, FieldErrors errors)
    {
        var text = Collapse(value);
        if (text.Length == 0)
        {
            if (required)
            {
                errors.Add(field, RegisterText.Format("Field.Required", RegisterText.Get($"Field.{field}")));
            }

            return null;
        }

        var control = text.FirstOrDefault(char.IsControl);
        if (control != default)
        {
            errors.Add(field, RegisterText.Format("Field.ControlCharacter", RegisterText.Get($"Field.{field}"), $"U+{(int)control:X4}"));
            return null;
        }

        if (text.Length > maxLength)
        {
            errors.Add(field, RegisterText.Format("Field.TooLong", RegisterText.Get($"Field.{field}"), maxLength, text.Length));
            return null;
        }

        return text;
    }

    /// <summary>Trims and collapses runs of white space (spreadsheets carry stray spaces and line breaks).</summary>
    private static string Collapse(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? ""
            : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static DateOnly? Date(string? value, DateOnly today, FieldErrors errors)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        // Spreadsheets may carry a time part on a date cell.
        var datePart = text.Split(' ', 'T')[0];
        if (!DateOnly.TryParseExact(datePart, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(Names.EstablishedOn, RegisterText.Format("Enterprise.DateMalformed", text));
            return null;
        }

        if (date > today || date.Year < 1800)
        {
            errors.Add(Names.EstablishedOn, RegisterText.Format("Enterprise.DateOutOfRange", text));
            return null;
        }

        return date;
    }
}
