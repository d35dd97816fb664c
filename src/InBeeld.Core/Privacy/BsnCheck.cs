namespace InBeeld.Core.Privacy;

/// <summary>
/// The 11-proef for burgerservicenummers: with weights 9, 8, 7, 6, 5, 4, 3, 2, −1 on the nine
/// digits, the weighted sum is divisible by 11, and the number is not all zeros (which would pass).
/// Eight-digit numbers are checked as if a leading zero was written: old sofinummers and
/// spreadsheets that stored the number as an integer drop it.
/// </summary>
public static class BsnCheck
{
    /// <summary>True when <paramref name="digits"/> is 8 or 9 ASCII digits that pass the 11-proef.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length is not (8 or 9))
        {
            return false;
        }

        // Left-padding with a zero adds 9 × 0, so weights simply shift by the missing position.
        var offset = 9 - digits.Length;
        var sum = 0;
        var allZero = true;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            allZero &= digit == 0;
            var position = i + offset;
            sum += position == 8 ? -digit : (9 - position) * digit;
        }

        return !allZero && sum % 11 == 0;
    }
}
