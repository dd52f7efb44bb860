namespace Zhixin.Platform.Tabular;

public enum TabularFormat
{
    Csv,
    Xlsx,
}
