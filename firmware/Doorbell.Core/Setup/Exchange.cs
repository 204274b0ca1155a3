using Doorbell.Ports;
using Doorbell.Settings;

namespace Doorbell.Setup
{
    /// <summary>One request being answered: what was asked, by which session, and the app it acts on.</summary>
    public sealed class Exchange
    {
        internal Exchange(DoorbellApp app, SetupRequest request, RequestTarget target, long nowMs)
        {
            App = app;
            Request = request;
            Target = target;
            NowMs = nowMs;
            Form = FormFields.Empty;
        }

        public DoorbellApp App { get; private set; }
        public SetupRequest Request { get; private set; }
        public RequestTarget Target { get; private set; }
        public long NowMs { get; private set; }

        /// <summary>The parsed body of a POST (empty for a GET).</summary>
        public FormFields Form { get; internal set; }

        /// <summary>The logged-in session, or null (first-use and login pages).</summary>
        public Session Session { get; internal set; }

        public DeviceSettings Settings
        {
            get { return App.Settings.Current; }
        }

        public string Query(string name)
        {
            return Target.Query.Get(name);
        }

        /// <summary>Every change made from the page goes to the device log.</summary>
        public void Logged(string change)
        {
            App.Log.Info("setup: " + change);
        }
    }
}
