<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Transfer-learning experiments in a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An experiment file to open (default: the built-in one).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::CurvesView</name>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag or scroll to move along the steps; double-click to fit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::ExperimentDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Experiment As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment “%1” has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::ExperimentPanel</name>
    <message>
        <source>%1
%2 classes, %3 training and %4 test images of %5×%6×%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source only: train on the source, test on the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target only: train on the target&apos;s labels (upper bound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune: pretrain on the source, then train on target labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANN: domain-adversarial training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMD: match feature distributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORAL: align feature covariances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy minimisation on the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCD: maximum classifier discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-training with pseudo-labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-task learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-shot learning from attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluate every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in dataset, folder:PATH (one sub-folder per class) or idx:PATH (MNIST&apos;s IDX files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, folder:PATH or idx:PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training steps (one mini-batch each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per mini-batch from each domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial learning rate; the arrows halve and double it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixes the data split, initial weights and batch order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate on the test splits every this many steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::MainWindow</name>
    <message>
        <source>Stopping the run before closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Transfer Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Transfer Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Transfer Workbench %1&lt;/h3&gt;&lt;p&gt;Transfer-learning experiments on small image datasets: train on a source domain, measure on a target domain, and watch the curves while it trains.&lt;/p&gt;&lt;p&gt;Runs are written to&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %3, QCustomPlot, LibTorch and OpenCV.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the default experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an experiment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the experiment to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop any run and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the experiment on a background thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run after the current step; it is still evaluated and saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every panel back where it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Transfer Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::RunController</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the runs folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting “%1”: %2 on %3 → %4, run directory %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping at the end of the current step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run stopped after %1 steps; target accuracy %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run finished; target accuracy %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::RunLogView</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3 schedule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backbone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source → target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source test accuracy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target test accuracy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of a run appears here once you press Start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::RunProgress</name>
    <message>
        <source>step %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1/%2, ETA %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::TrainingJob</name>
    <message>
        <source>The run ended with an unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
