namespace Doorbell
{
    /// <summary>Stable names for states, as printed on the console and shown on the setup page (enum ToString differs on nanoFramework).</summary>
    public static class StateNames
    {
        public static string Of(DoorbellState state)
        {
            return state == DoorbellState.Idle ? "idle"
                : state == DoorbellState.MotionRecording ? "motion-recording"
                : "trigger-recording";
        }
    }
}
