namespace Doorbell.Ports
{
    public delegate void ButtonEdgeHandler(bool pressed, long atUptimeMs);

    /// <summary>The doorbell button. Raw, undebounced edges; Core debounces and interprets them.</summary>
    public interface IButton
    {
        event ButtonEdgeHandler Changed;
    }
}
