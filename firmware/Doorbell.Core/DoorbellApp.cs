using System.Threading;
using Doorbell.Motion;
using Doorbell.OptIn;
using Doorbell.Ports;
using Doorbell.Recording;
using Doorbell.Settings;
using Doorbell.Setup;
using Doorbell.Triggers;

namespace Doorbell
{
    /// <summary>
    /// The firmware: composes the services around the ports and runs the loop. One <see cref="Step"/> handles
    /// button gestures, the MQTT link, one camera frame (motion and recording) and the indicator. Triggers are
    /// decided as they arrive, on the MQTT thread, so a recording starts without waiting for the next frame;
    /// that thread and the setup page's take <see cref="Sync"/> like the loop does.
    /// </summary>
    public sealed class DoorbellApp
    {
        /// <summary>Largest JPEG frame the camera may hand over: 96 KB covers SVGA at the esp32-camera's usual quality.</summary>
        public const int JpegCapacity = 96 * 1024;

        private readonly DoorbellPorts _ports;
        private readonly ButtonInterpreter _button = new ButtonInterpreter();
        private readonly ButtonEdges _edges = new ButtonEdges();
        private readonly CameraFrame _frame = new CameraFrame(JpegCapacity);
        private readonly ManualResetEvent _stopping = new ManualResetEvent(false);
        private readonly TriggerDecider _decider;
        private readonly AlertSubscription _subscription;
        private MotionDetector _motion;
        private int _motionWidth;
        private int _motionHeight;
        private bool _motionWasActive;
        private LedPattern _led;
        private bool _ledShown;

        public DoorbellApp(DoorbellPorts ports, RecorderOptions recorderOptions)
        {
            _ports = ports;
            Sync = new object();
            Settings = new SettingsService(ports.SettingsStore, ports.Log);
            // Replaced in Start by one holding the saved state; OFF until then, as after any boot.
            OptIn = new OptInController(ports.Clock, false);
            Recorder = new ClipRecorder(ports.Clips, ports.Clock, ports.Log, recorderOptions);
            _decider = new TriggerDecider(ports.Clock);
            _subscription = new AlertSubscription(ports.Mqtt, ports.Clock, ports.Log);
            Site = new SetupSite(this);
        }

        public event StateChangedHandler StateChanged;

        public object Sync { get; private set; }
        public SettingsService Settings { get; private set; }
        public OptInController OptIn { get; private set; }
        public ClipRecorder Recorder { get; private set; }
        public SetupSite Site { get; private set; }
        public DoorbellState State { get; private set; }

        public IClock Clock
        {
            get { return _ports.Clock; }
        }

        public IActivationLog ActivationLog
        {
            get { return _ports.ActivationLog; }
        }

        public IClipStorage Clips
        {
            get { return _ports.Clips; }
        }

        public ILog Log
        {
            get { return _ports.Log; }
        }

        /// <summary>The filter the device is subscribed with, or null (opt-in off, no location, or offline).</summary>
        public string AlertFilter
        {
            get { return _subscription.ActiveFilter; }
        }

        public void Start()
        {
            lock (Sync)
            {
                Settings.Load();
                OptIn = new OptInController(_ports.Clock, Settings.Current.OptIn);
                OptIn.Changed += OnOptInChanged;
                Recorder.RecoverAfterBoot();
                _ports.Mqtt.MessageReceived += OnMessage;
                _ports.Button.Changed += _edges.Put;
                _ports.Setup.Start(HandleSetupRequest);
                ShowIndicator();
                _ports.Log.Info("doorbell " + Settings.Current.DeviceId + " started, opt-in " + (OptIn.IsOn ? "ON" : "OFF"));
            }
        }

        /// <summary>Runs <see cref="Step"/> until <see cref="Stop"/> is called.</summary>
        public void Run()
        {
            while (!_stopping.WaitOne(0, false))
            {
                Step();
            }
        }

        public void Stop()
        {
            _stopping.Set();
        }

        /// <summary>Closes the running clip and the link: call after <see cref="Run"/> returned.</summary>
        public void Shutdown()
        {
            lock (Sync)
            {
                Recorder.StopNow();
                _ports.Setup.Stop();
                _ports.Mqtt.Disconnect();
                _ports.Log.Info("doorbell stopped");
            }
        }

        public void Step()
        {
            lock (Sync)
            {
                HandleButton();
                _subscription.Maintain(Settings.Current);
            }

            bool grabbed = _ports.Camera.TryGrab(_frame);
            lock (Sync)
            {
                if (grabbed)
                {
                    HandleFrame();
                }

                UpdateState();
                ShowIndicator();
            }
        }

        /// <summary>Validates, saves and applies new settings; null when done, else why not.</summary>
        public string ApplySettings(DeviceSettings candidate)
        {
            lock (Sync)
            {
                bool optInChange = candidate.OptIn != Settings.Current.OptIn;
                if (optInChange && candidate.OptIn)
                {
                    return "opt-in can only be turned on with the device button";
                }

                string problem = Settings.Save(candidate);
                if (problem != null)
                {
                    return problem;
                }

                if (optInChange)
                {
                    OptIn.TurnOff("turned off on the setup page");
                }

                ConfigureMotion();
                _ports.Log.Info("settings: saved");
                return null;
            }
        }

        public void FactoryReset()
        {
            lock (Sync)
            {
                OptIn.TurnOff("factory reset");
                Settings.FactoryReset();
                ConfigureMotion();
            }
        }

        private SetupResponse HandleSetupRequest(SetupRequest request)
        {
            lock (Sync)
            {
                return Site.Handle(request);
            }
        }

        private void OnMessage(string topic, byte[] payload)
        {
            lock (Sync)
            {
                HandleTrigger(payload);
                UpdateState();
                ShowIndicator();
            }
        }

        private void OnOptInChanged(bool on, string reason)
        {
            DeviceSettings next = Settings.Current.Clone();
            next.OptIn = on;
            string problem = Settings.Save(next);
            _ports.Log.Info("opt-in: " + (on ? "ON" : "OFF") + " (" + reason + ")" + (problem == null ? "" : "; " + problem));
            if (!on && State == DoorbellState.TriggerRecording)
            {
                Recorder.StopNow();
            }
        }

        private void HandleButton()
        {
            bool pressed;
            long atMs;
            while (_edges.TryTake(out pressed, out atMs))
            {
                Act(_button.OnEdge(pressed, atMs));
            }

            Act(_button.Poll(_ports.Clock.UptimeMs));
        }

        private void Act(ButtonGesture gesture)
        {
            if (gesture == ButtonGesture.ShortPress)
            {
                if (!OptIn.ConfirmWithPress())
                {
                    Ring();
                }
            }
            else if (gesture == ButtonGesture.LongPress)
            {
                OptIn.LongPress();
            }
            else if (gesture == ButtonGesture.FactoryReset)
            {
                _ports.Log.Warn("button: held 10 s, factory reset");
                FactoryReset();
            }
        }

        private void Ring()
        {
            _ports.Log.Info("button: ring");
            _ports.Mqtt.Publish("doorbell/v1/device/" + Settings.Current.DeviceId + "/ring", new byte[0]);
            if (State == DoorbellState.Idle)
            {
                Recorder.StartRingClip();
            }
        }

        private void HandleTrigger(byte[] payload)
        {
            TriggerDecision d = _decider.Decide(payload, payload.Length, Settings.Current);
            if (d.IsDuplicate)
            {
                return;
            }

            long now = _ports.Clock.IsSynchronized ? _ports.Clock.UnixSeconds : 0;
            _ports.ActivationLog.Append(new ActivationRecord(now, d.IncidentId, d.Kind, d.DistanceMeters, d.Accepted, d.Reason));
            _ports.Log.Info("trigger: " + (d.Accepted ? "ACCEPT" : "REJECT") + " " + d.IncidentId + " (" + d.Reason + ")");
            if (d.Accepted)
            {
                Recorder.StartTriggerClip(d.IncidentId, d.RecordSeconds * 1000L);
            }
        }

        private void HandleFrame()
        {
            if (_motion == null || _motionWidth != _frame.Width || _motionHeight != _frame.Height)
            {
                // Once at the first frame (or if the camera changes its thumbnail size): all buffers are allocated here.
                _motion = new MotionDetector(_frame.Width, _frame.Height);
                _motionWidth = _frame.Width;
                _motionHeight = _frame.Height;
                ConfigureMotion();
            }

            bool active = _motion.Process(_frame.Gray, _frame.Stride, _frame.CapturedAtMs);
            if (active && !_motionWasActive)
            {
                Recorder.StartMotionClip();
            }
            else if (!active && _motionWasActive)
            {
                Recorder.MotionEnded();
            }

            _motionWasActive = active;
            Recorder.OnFrame(_frame);
        }

        private void ConfigureMotion()
        {
            if (_motion != null)
            {
                _motion.Configure(Settings.Current.MotionSensitivity, Settings.Current.MotionMask);
            }
        }

        private void UpdateState()
        {
            DoorbellState next = !Recorder.IsRecording ? DoorbellState.Idle
                : Recorder.CurrentKind == ClipKind.Trigger ? DoorbellState.TriggerRecording
                : DoorbellState.MotionRecording;
            if (next == State)
            {
                return;
            }

            DoorbellState previous = State;
            State = next;
            _ports.Log.Info("state: " + StateNames.Of(previous) + " -> " + StateNames.Of(next)
                + (next == DoorbellState.Idle ? "" : " (" + Recorder.CurrentClipName + ")"));
            if (StateChanged != null)
            {
                StateChanged(previous, next);
            }
        }

        private void ShowIndicator()
        {
            LedPattern pattern = State == DoorbellState.TriggerRecording ? LedPattern.TriggerRecording
                : State == DoorbellState.MotionRecording ? LedPattern.Recording
                : OptIn.IsAwaitingPress || Settings.Current.SetupPasswordHash.Length == 0 ? LedPattern.SetupMode
                : OptIn.IsOn ? LedPattern.OptInOn
                : LedPattern.OptInOff;
            if (!_ledShown || pattern != _led)
            {
                _led = pattern;
                _ledShown = true;
                _ports.Led.Show(pattern);
            }
        }
    }

    public delegate void StateChangedHandler(DoorbellState previous, DoorbellState next);
}
