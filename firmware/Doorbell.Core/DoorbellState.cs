namespace Doorbell
{
    public enum DoorbellState
    {
        Idle,
        /// <summary>A motion or doorbell-ring clip is being written.</summary>
        MotionRecording,
        /// <summary>A trigger clip (accepted 911 dispatch trigger) is being written.</summary>
        TriggerRecording,
    }
}
