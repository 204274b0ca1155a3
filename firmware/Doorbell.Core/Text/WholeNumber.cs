namespace Doorbell.Text
{
    /// <summary>Unsigned decimal numbers read strictly: ASCII digits only, no sign, no spaces.</summary>
    public static class WholeNumber
    {
        /// <summary>
        /// The value of <paramref name="text"/> when it is 1 to <paramref name="maxDigits"/> digits (at most 9, so it
        /// fits an int; leading zeros allowed), else -1, which every range check rejects.
        /// </summary>
        public static int Parse(string text, int maxDigits)
        {
            if (text == null || text.Length == 0 || text.Length > maxDigits)
            {
                return -1;
            }

            int value = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return -1;
                }

                value = value * 10 + (text[i] - '0');
            }

            return value;
        }
    }
}
