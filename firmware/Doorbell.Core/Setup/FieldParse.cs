using Doorbell.Settings;
using Doorbell.Text;

namespace Doorbell.Setup
{
    /// <summary>Numbers typed into the forms, read strictly: each failure is a sentence naming the field and its range.</summary>
    public static class FieldParse
    {
        /// <summary>Null and <paramref name="value"/> set when the field holds a whole number in [min, max]; else why not.</summary>
        public static string Int(FormFields form, string name, string label, int min, int max, out int value)
        {
            value = 0;
            string text = form.Get(name);
            string range = " must be a whole number from " + min.ToString() + " to " + max.ToString();
            if (text == null)
            {
                return label + " is missing";
            }

            text = text.Trim();
            bool negative = text.Length > 0 && text[0] == '-';
            int magnitude = WholeNumber.Parse(negative ? text.Substring(1) : text, 9);
            if (magnitude < 0)
            {
                return label + range;
            }

            value = negative ? -magnitude : magnitude;
            return value < min || value > max ? label + range : null;
        }

        /// <summary>Degrees with at most 6 decimals ("47.6062", "-122.33"); null and the value when readable.</summary>
        public static string Degrees(FormFields form, string name, string label, out double degrees)
        {
            degrees = 0;
            string text = form.Get(name);
            long micro;
            if (text == null || !SettingsValues.TryParseMicroDegrees(text.Trim(), out micro))
            {
                return label + " must be a number of degrees with at most 6 decimals, such as 47.6062 or -122.3321";
            }

            degrees = micro / 1000000.0;
            return null;
        }
    }
}
