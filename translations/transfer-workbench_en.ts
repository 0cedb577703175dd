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
    <name>twb::ui::ClassCountsPlot</name>
    <message>
        <source>Class (row in the samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2 train, %L3 test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::CurvesToolBar</name>
    <message>
        <source>S&amp;moothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponential moving average of the training curves (debiased, as in TensorBoard); the raw values stay faint behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;X axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest points in view as they arrive; zooming or dragging turns it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole run up to the newest point and follow it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
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
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (raw %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Curves as Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Curves as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Curve Data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target test accuracy uses target labels for monitoring only; training never sees them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50 %: domains indistinguishable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to pan, scroll to zoom the steps (Ctrl+scroll: the values), double-click to show everything; click a legend entry to hide its curve.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::DatasetFactsView</name>
    <message>
        <source>Load report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (grey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 (colour, RGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 train, %L2 test, %3 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load report: %L1 images loaded, nothing skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load report: %L1 images loaded, skipped: %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean (train):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std (train):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-channel mean of pixel values in [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-channel standard deviation of pixel values in [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What loading did: notes, and files skipped with the reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::DatasetsPanel</name>
    <message>
        <source> (+%1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class match shows once both datasets are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes in common: &lt;b&gt;%1&lt;/b&gt;, the same names in the same order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes in common: &lt;b&gt;%1&lt;/b&gt;, matched by name (the order differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No classes in common&lt;/b&gt;: a classifier trained on the source cannot name any target class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes in common: &lt;b&gt;%1&lt;/b&gt;, matched by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the source: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the target: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the source: %1
Only in the target: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::DomainView</name>
    <message>
        <source>Not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an Image Folder (One Sub-Folder per Class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an IDX Images File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDX images (*idx3-ubyte *idx3-ubyte.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading “%1” failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDX file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image folder with one sub-folder per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST&apos;s IDX files: an images file with its labels file beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the dataset&apos;s files again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading this dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per class in the train and test splits</source>
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
    <message>
        <source>λ sc&amp;hedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ &amp;gamma:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ ma&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LR sche&amp;dule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ganin: λ rises from 0 to its max as 2/(1+exp(−γp))−1; constant: λ is its max throughout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast λ rises (the DANN paper uses 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of the domain loss&apos;s reversed gradient at the end of training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ganin: the learning rate decays as lr/(1+10p)^0.75; constant: it stays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::LambdaPreview</name>
    <message>
        <source>Training progress p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ(p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adversarial weight λ and the learning rate over the run, as the trainer will use them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr</source>
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
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Baselines Too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a method other than a baseline, also run source_only and target_only with the same recipe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::PlotExport</name>
    <message>
        <source>Cannot write %1.</source>
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
    <name>twb::ui::ResultsModel</name>
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
        <source>%1, lr %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ganin, γ %1, max %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
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
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source → target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source acc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target acc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain acc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::ResultsTable</name>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the table as a Markdown table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the table as CSV, accuracies as fractions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a column header to sort; each group of runs moves as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each method between its baselines: source only (lower bound), target only (upper bound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baselines are matched by source, target, seed, steps and backbone</source>
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
    <name>twb::ui::RunList</name>
    <message>
        <source>Open Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a run directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 → %3 · seed %4 · %5 steps · %6%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a run directory from disk beside this session&apos;s runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show baselines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each selected method&apos;s source-only and target-only runs beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select several runs (Ctrl or Shift) to compare them</source>
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
    <name>twb::ui::RunOverlayView</name>
    <message>
        <source>Target test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select runs in the Runs panel to compare them here; dashed: source only, dotted: target only.</source>
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
