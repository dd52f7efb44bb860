using System.Globalization;

namespace Zhixin.Platform.Tabular;

/// <summary>Excel date serials and date number formats.</summary>
internal static class XlsxDates
{
    private const double MaxSerial = 2_958_466; // 10000-01-01: Excel's last date is 9999-12-31
    private const int Date1904Offset = 1_462;
    private const int FictitiousLeapDay = 60; // Excel's 1900-02-29, kept for Lotus 1-2-3 compatibility

    private static readonly DateTime OleEpoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>
    /// Built-in formats Excel does not spell out in styles.xml: 14–22 and 45–47 everywhere, 27–36 and 50–58
    /// are the East Asian date and time formats (in zh-CN for example 31 is yyyy"年"m"月"d"日").
    /// </summary>
    public static bool IsBuiltInDateFormat(int numberFormatId) =>
        numberFormatId is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>
    /// A custom format shows a date or time when it uses d, m, y (or h, s) as codes: text in quotes, in
    /// brackets ([Red], [$-804], [h]), escaped with \ or following _ and * is literal.
    /// </summary>
    public static bool IsDateFormatCode(string code)
    {
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"':
                    i = SkipTo(code, i, '"');
                    break;
                case '[':
                    i = SkipTo(code, i, ']');
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case 'd' or 'D' or 'm' or 'M' or 'y' or 'Y' or 'h' or 'H' or 's' or 'S':
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "yyyy-MM-dd", or with the time of day "yyyy-MM-dd HH:mm:ss", or "HH:mm:ss" for a time without a day;
    /// null when the serial is outside Excel's calendar.
    /// </summary>
    public static string? FromSerial(double serial, bool date1904)
    {
        if (date1904)
        {
            serial += Date1904Offset;
        }

        if (serial is < 0 or >= MaxSerial)
        {
            return null;
        }

        var day = Math.Floor(serial);
        var seconds = Math.Round((serial - day) * 86_400);
        if (day == FictitiousLeapDay)
        {
            return seconds == 0 ? "1900-02-29" : "1900-02-29 " + TimeOfDay(seconds);
        }

        if (serial < 1)
        {
            return TimeOfDay(seconds);
        }

        // Day 1 is 1900-01-01 in Excel and 1899-12-31 in OLE automation dates until the fictitious leap day.
        var date = OleEpoch.AddDays(day < FictitiousLeapDay ? day + 1 : day).AddSeconds(seconds);
        return date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>Strict OOXML and some libraries store dates as ISO 8601 text in cells of type d.</summary>
    public static string? FromIso(string text)
    {
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date))
        {
            return null;
        }

        return date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
    }

    private static string TimeOfDay(double seconds) =>
        TimeSpan.FromSeconds(Math.Min(seconds, 86_399)).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);

    private static int SkipTo(string code, int from, char end)
    {
        var at = code.IndexOf(end, from + 1);
        return at < 0 ? code.Length : at;
    }
}
