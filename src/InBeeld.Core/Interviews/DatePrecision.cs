namespace InBeeld.Core.Interviews;

/// <summary>How exact a step's date is; people often remember only a month or a year.</summary>
public enum DatePrecision
{
    Unknown,
    Day,
    Month,
    Year,
}
