namespace Doorbell.Ports
{
    /// <summary>Every trigger decision, accepted or not, kept for the homeowner. Bounded: the oldest entries go first.</summary>
    public interface IActivationLog
    {
        void Append(ActivationRecord record);

        int Count { get; }

        /// <summary>Entry <paramref name="index"/>, 0 being the newest.</summary>
        ActivationRecord Get(int index);
    }
}
