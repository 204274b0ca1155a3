namespace Doorbell.Ports
{
    public delegate SetupResponse SetupRequestHandler(SetupRequest request);

    /// <summary>The device's own web server for the setup page: it turns HTTP into calls of one handler.</summary>
    public interface ISetupEndpoint
    {
        /// <summary>Starts serving; the handler may be called on the server's thread.</summary>
        void Start(SetupRequestHandler handler);

        void Stop();
    }
}
