namespace Doorbell.Triggers
{
    /// <summary>
    /// The closed list of incident kinds a trigger may carry (protocol v1). Subjective calls such as
    /// "suspicious person" are deliberately not a kind. A set of kinds is a bit mask: bit i = Names[i].
    /// </summary>
    public static class TriggerKinds
    {
        public static readonly string[] Names =
        {
            "burglary",
            "robbery",
            "home-invasion",
            "vehicle-break-in",
            "shots-fired",
            "shooting",
            "stabbing",
            "hostage",
        };

        public const int All = (1 << 8) - 1;

        /// <summary>Index of the kind in <see cref="Names"/>, or -1 when it is not a v1 kind.</summary>
        public static int IndexOf(string name)
        {
            for (int i = 0; i < Names.Length; i++)
            {
                if (Names[i] == name)
                {
                    return i;
                }
            }

            return -1;
        }

        public static bool IsAllowed(int allowedMask, int kindIndex)
        {
            return kindIndex >= 0 && (allowedMask & (1 << kindIndex)) != 0;
        }
    }
}
