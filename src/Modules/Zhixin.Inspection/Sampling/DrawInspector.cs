namespace Zhixin.Inspection.Sampling;

/// <summary>A law-enforcement inspector (执法检查人员) in the pool; <paramref name="Region"/> is the county-level code of where they serve.</summary>
internal sealed record DrawInspector(string Id, string Name, string BadgeNumber, string Region);
