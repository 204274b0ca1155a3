namespace Doorbell.Ports
{
    /// <summary>Diagnostic log: the serial console on the device, standard output on the host.</summary>
    public interface ILog
    {
        void Info(string message);

        void Warn(string message);
    }
}
