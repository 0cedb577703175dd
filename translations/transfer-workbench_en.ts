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
    <name>twb</name>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: wrong magic number %2 (an IDX %3 file starts with %4: unsigned bytes, %5 dimension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: wrong magic number %2 (an IDX %3 file starts with %4: unsigned bytes, %5 dimensions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the experiment must be an object, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be an object, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of strings, found %1 in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &apos;%1&apos;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comparison needs at least one seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--methods: &apos;%1&apos; is not a method of this version; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the plan folder (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the comparison folder (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: the header needs a class column and at least one attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 has %3 cells, the header has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 has no class name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 repeats class &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: &apos;%3&apos; for attribute &apos;%4&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the attribute table has no classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names class %2, but &apos;%3&apos; has %4 classes (0 to %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset &apos;%1&apos; needs OpenCV, and this build of Transfer Workbench has none (TWB_WITH_OPENCV=OFF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idx: needs a path, e.g. %1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder: needs a path, e.g. %1 (one sub-folder per class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (resizing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &apos;%1&apos;; expected a built-in (%2), folder:PATH or idx:PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: writing a sample grid needs OpenCV, and this build has none (TWB_WITH_OPENCV=OFF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits: %1 not found; it comes with Debian&apos;s opencv-doc package (apt-get install opencv-doc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits: %1 cannot be decoded as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits: %1 is %2x%3, expected OpenCV&apos;s 2000x1000 digit sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits-m: photo %1 not found; it comes with Debian&apos;s opencv-doc package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits-m: photo %1 cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fashion: %1 not found; it comes with Debian&apos;s dataset-fashion-mnist package (apt-get install dataset-fashion-mnist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no class sub-folders in %2 (expected one sub-folder per class, the ImageFolder layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: class &apos;%2&apos; (%3) has no files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: corrupted compressed data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, expected an IDX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: truncated: the header announces %2 (%3 bytes) but the file holds %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds more bytes than its header announces (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too short to be an IDX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: truncated header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds no images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: absurd header (%2 images of %3x%4); the file is corrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images of %2x%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: absurd label count %2; the file is corrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 images but %3 holds %4 labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no train-images-idx3-ubyte[.gz] in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its images are %2x%3, the training images %4x%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an IDX images file named *-images-idx3-ubyte[.gz] (its labels beside it as *-labels-idx1-ubyte[.gz])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the sample grid for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shapes: class &apos;%1&apos; sets two of the same attribute group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shapes: class &apos;%1&apos; sets none of %2, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a run directory (no such folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a trained run directory (model.pt is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a run directory (experiment.json is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images and %2 class embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 %3 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split &apos;%1&apos; is not &apos;test&apos; or &apos;train&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 network has no layer &apos;%3&apos; (its layers: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model has %2 classes but its target &apos;%3&apos; has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model has %2 classes but its source &apos;%3&apos; has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; images are not %3x%3 like the model&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fewer than two %2 images to embed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode a PNG of %1x%2 from %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compress a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already exists and is not an empty directory; choose another --out (nothing was overwritten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points make a sprite of %2 pixels a side, more than the projector&apos;s %3; embed fewer points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create a temporary directory beside it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the finished files into place (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of class indices, e.g. [0, 1, 2, 3, 4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold non-negative integer class indices, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names class %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 (from the data), 1 or 3, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;all&quot; or a list of layer names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object mapping layer names to numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &apos;%1&apos;, which this version cannot run yet; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be in [0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected KEY=VALUE, e.g. training.steps=500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 method adds no layer &apos;%2&apos; to the embedding view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 method has no setting &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &apos;%1&apos; and target &apos;%2&apos; share no class names, so the target cannot be evaluated on the source&apos;s classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes matched by name: %1 in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; target-only classes left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; source-only classes (never in the target): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &apos;%1&apos; and target &apos;%2&apos; have different image sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset &apos;%1&apos; has non-square images, which the backbones cannot take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 and %2 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model.input_channels is %1, but the images have %2 channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 labelled images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 unlabelled target images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method &apos;%1&apos; is not available in this version; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANN: domain-adversarial training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the features play against the domain classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient reversal layer of the DANN paper, whose push fades once the domain classifier is confident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The features learn to make the domain classifier say 50 % for every image (Tzeng et al. 2015), a push that is strongest when the classifier is confident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain head layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layers of the domain classifier before its one output; the DANN paper&apos;s MNIST recipe has one, 0 makes it linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain head width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units in each hidden layer of the domain classifier (the paper: 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confusion loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source training accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain accuracy (training batches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain accuracy (test splits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lambda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to copy (model.transfer is empty): the target model trains from scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 layer(s) from the source model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; source test accuracy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input channels adapted (source → target): %1; a grey image gets the source model&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune: pretrain on the source, then train on target labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretraining steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of plain training on the source before its layers are copied (when model.init_from names no source model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target training accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from scratch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the sweep folder (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model.%1 names layer &apos;%2&apos;, which the %3 backbone does not have (layers: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model.init_from: %1 holds no model.pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model.init_from: %1 holds a %2 model, but this experiment&apos;s backbone is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the tasks&apos; datasets ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loss weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multitask: one shared trunk, a head per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task &apos;%1&apos;: dataset &apos;%2&apos; has an empty training or test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset &apos;%1&apos; has non-square images, which the backbone cannot take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datasets &apos;%1&apos; and &apos;%2&apos; have different image sizes, so their tasks cannot share one trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1: %2 of %3 (%4), %5 labelled training images, weight %6, batch group %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits: digit class + parity + greater than 4 (one batch, three labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fashion: item class + coarse group (tops, bottoms, footwear, bags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits + fashion: two datasets share the trunk (one batch per task)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom: the tasks listed in tasks.list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks.only is &apos;%1&apos;, which is not a task of this experiment (tasks: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task &apos;%1&apos;: label &apos;%2&apos; does not apply to dataset &apos;%3&apos;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs classes named 0 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class &apos;%1&apos; is not one of Fashion-MNIST&apos;s ten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &apos;%1&apos;; a task name is lower-case letters, digits and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &apos;%1&apos;, which an existing metric already uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of task objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names task &apos;%1&apos; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one task when tasks.family is &apos;custom&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is only read when tasks.family is &apos;custom&apos; (the family &apos;%1&apos; brings its own tasks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &apos;%1&apos;, which is not a task of this experiment (tasks: %2)</source>
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
        <source>Zero-shot: unseen classes %1; described by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-shot learning from attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen-class training accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unseen-class accuracy (zero-shot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen-class accuracy (all classes candidates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unseen-class accuracy (all classes candidates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>harmonic mean of seen and unseen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loss, margin %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unseen classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names class &apos;%1&apos; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1 and 4096</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown layer &apos;%1&apos;; this network has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbone %1 needs images of at least 16x16, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Transfer Workbench model.pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read as a model checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 network has no layer &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training.device is &apos;cuda&apos;, but this LibTorch build sees no CUDA device; use &apos;auto&apos; or &apos;cpu&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names layer &apos;%2&apos;, which the backbone does not have (layers: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model.freeze freezes every layer; nothing is left to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbone resnet needs images of at least 8x8, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model.transfer names layer &apos;%1&apos;, which the backbone does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer &apos;%1&apos; of the source model does not match the target model&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer &apos;%1&apos; cannot be copied: the source model&apos;s %2 has another shape (a head for another number of classes is never copied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a run of another recipe; choose another --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds files a run did not write (%2); choose another --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot clear the unfinished run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: after %1 steps the source test accuracy is still at chance (best %2, chance %3): the label predictor never started learning. In DANN the reversed gradient can arrive before it does; a slower lambda ramp (smaller gamma) or a smaller lambda max gives it time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the features collapsed at step %1: source test accuracy fell from %2 to %3 (chance %4). A domain accuracy near 0.5 now means nothing is left to classify, not aligned domains; a lower lambda max or learning rate keeps the feature extractor alive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a %2 run has no single label predictor to evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model has %2 classes but its dataset &apos;%3&apos; has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its images are %2x%3, the model reads %4x%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shares no class name with the run&apos;s classes (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty metrics file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: header must begin with step,epoch,wall_seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 holds a value that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a complete run directory (%2 is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already holds a run; choose another --out (nothing was overwritten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: exists and is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the run directory (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped while loading the data; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training split of &apos;%1&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training %1 (%2, %3) on %4 for %5 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training diverged at step %1 (the loss is %2); try a smaller training.lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the last good checkpoint is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source test accuracy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished (%1) after %2 steps: %3, target test accuracy %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy A-distance of the features %1 (a linear probe tells source from target test images apart %2 of the time; 0 = indistinguishable, 2 = fully separable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trustworthiness: data and layout sizes do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trustworthiness: k must be below n / 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t-SNE needs at least one vector, got none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t-SNE needs vectors of at least one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t-SNE was given %1 values for %2 vectors of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vector %1 has a value that is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perplexity must be positive, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perplexity %1 is too large for %2 vectors: t-SNE needs more than 3 * perplexity (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iterations must be at least 1, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theta must be between 0 and 1, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate must be 0 (automatic) or positive, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early exaggeration must be positive, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exaggeration iterations must not be negative, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initialisation must be &apos;pca&apos; or &apos;random&apos;, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads must be 0 (all cores) or more, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report interval must be at least 1, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2, column %3: &apos;%4&apos; is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 has %3 values where the first line has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no vectors (the file is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in attribute table of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no row for class &apos;%2&apos; (the table describes: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every class has the same description, so none can be told apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zeroshot.unseen: dataset &apos;%1&apos; has no default split; name the classes training must not see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zeroshot.unseen: &apos;%1&apos; is not a class of &apos;%2&apos; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zeroshot.unseen: at least two classes must stay seen for training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a description as numbers needs one per attribute, %1 (%2); got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of attribute &apos;%1&apos; is not a number: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an attribute of this run; its attributes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a zero-shot run&apos;s joint space can place a new class description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a word (or several) to describe the new class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the new class&apos;s attributes, e.g. %1 %2=0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a description of %1 values does not fit this run&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the word-vector file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: &apos;%3&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 has a word but no numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 has %3 numbers, earlier lines have %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the word-vector file has no vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no vector for class &apos;%2&apos; (the word &apos;%3&apos; is not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no vector for class &apos;%2&apos; (its name has no words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the layer &apos;%2&apos; is the joint space of a zero-shot run, and this run&apos;s method is &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a zero-shot results file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handwritten digits, OpenCV&apos;s sample sheet, centred in 28x28 like MNIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same digits blended on natural-photo patches (the MNIST-M recipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits rendered from Hershey fonts: random font, size, rotation, colours, blur, noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST: Zalando&apos;s article images, 10 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shapes whose class is colour x shape x fill, with attribute vectors (zero-shot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How wrong the label predictor is on the labelled training batch (cross-entropy); it falls as the classes are learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the optimiser minimises: the label loss plus the method&apos;s weighted extra terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the source training batch classified correctly (the images training learns from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the target training batch classified correctly; this method trains on those labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the source&apos;s test images classified correctly, at each evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the target&apos;s test images classified correctly: the number transfer is judged by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The optimiser&apos;s step size at this step, as its schedule sets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well the domain classifier tells source from target (cross-entropy); ln 2 ≈ 0.69 means it cannot tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the domain classifier&apos;s output is from 50/50, which the features are trained to reach (the confusion variant, Tzeng et al. 2015).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of training images the domain classifier puts in the right domain; 50 % means it cannot tell source from target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain classifier&apos;s accuracy on the test images of both domains, at each evaluation; 50 % is chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How wrong task %1&apos;s head is on its training batch (cross-entropy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of task %1&apos;s test images its head classifies correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much task %1&apos;s loss counts in the total at this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the training batch (seen classes only) whose nearest description is its own class&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test images of classes never trained on, matched among the unseen classes&apos; descriptions only: the zero-shot number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test images of trained classes, with every class (seen and unseen) a candidate: generalised zero-shot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test images of unseen classes, with every class a candidate; usually far below the zero-shot number, since seen classes pull them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2·seen·unseen / (seen + unseen) with all classes candidates: high only when both are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it is not a run log this version can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: the file stops being valid JSON here. Look for a missing comma, quote or bracket just before this point (the reader says: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ran %2 steps, under a quarter of the %3 its recipe trains for: its numbers show where training started, not what the method does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s target accuracy %2 is at chance (%3 for %4 classes): the model has learned nothing that shows on the target yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 the upper bound %2 (%3) is no better than the lower bound %4 (%5): the gap is noise, so no method can be said to close it. Train longer or on more target labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-shot learning recognises classes from their descriptions, and &apos;%1&apos; comes without any. Pick the &apos;shapes&apos; or &apos;fashion&apos; dataset (both come with descriptions), or give a table of class attributes of your own: Load Table… in the Zero-shot panel, or zeroshot.attributes in the experiment file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLAS: %1 (%2); %3 threads on %4 cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the reference BLAS is installed, which makes training about half as fast; install an optimised one: sudo apt-get install libopenblas0-openmp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep CORAL: align the feature covariances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the CORAL term against the label loss (TLlib: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORAL distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy minimisation: confident predictions on the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the entropy term against the label loss (0.1 here: a strong entropy term locks a weak start into wrong classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How unsure the label predictor is on the target batch (mean entropy of its predictions, in nats): ln 10 ≈ 2.3 for ten classes guessed evenly, 0 when confident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMD: align the feature distributions (DAN, multi-kernel MMD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian kernels mixed in the MMD, their bandwidths powers of 2 around the batch&apos;s mean distance (TLlib&apos;s DAN: 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the MMD term against the label loss (TLlib&apos;s DAN: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multi-kernel maximum mean discrepancy between the source and target batches&apos; features: 0 when their distributions agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student and teacher start from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-training: learn from a mean teacher&apos;s soft labels on the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teacher&apos;s logits are divided by it before the softmax: above 1 softer targets, below 1 sharper, 1 its plain probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only target images the teacher gives at least this probability teach the student (French et al. 2018: 0.968)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher EMA decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How slowly the teacher follows the student: each step it keeps this share of its weights (the mean teacher: 0.99 to 0.999)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the soft-label term against the source&apos;s label loss (French et al. 2018: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft-label loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-entropy between the student&apos;s predictions and the teacher&apos;s soft labels on the confident target images of the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confident share (training batches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of each target batch the teacher is confident about (above the threshold): those teach the student. Needs no labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pseudo-label accuracy (test split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the teacher&apos;s confident labels on the target&apos;s test images are right. Uses target labels for monitoring only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confident share (test split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the target&apos;s test images the teacher is confident about, at each evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far apart the source and target batches&apos; feature means and covariances are (mean squared difference of their entries): 0 when they agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model.init_from: %1 cannot start a run on %2 -&gt; %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of the method&apos;s adaptation term at this step: it ramps from 0 up to its maximum along the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdaBN: the target&apos;s own batch-norm statistics at test time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many target training images (no labels) each batch-norm layer&apos;s target mean and variance are estimated from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target test accuracy, source statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same weights on the target&apos;s test images with the source&apos;s batch-norm statistics, as source_only would test them: the gap to the target test accuracy is what AdaBN&apos;s swap gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head %1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDAN: a domain classifier conditioned on the predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the domain loss against the label loss (TLlib: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy weighting (CDAN+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight each image&apos;s domain loss by 1 + exp(-entropy) of its prediction, so confidently classified images count more (the paper&apos;s CDAN+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Randomized map size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the randomized multilinear map, used when features × classes exceed 4096 (the paper: 1024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layers of the domain classifier before its one output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units in each hidden layer of the domain classifier (the paper and TLlib: 1024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCD: two classifiers&apos; disagreement on the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the discrepancy the classifiers maximise and the features minimise (the paper: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second classifier&apos;s label loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second label predictor&apos;s cross-entropy on the source batch: both predictors learn the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classifier discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How differently the two label predictors classify the target batch (mean absolute difference of their class probabilities): the predictors push it up, the features down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classifiers&apos; disagreement (target test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the target&apos;s test images the two label predictors put in different classes, at each evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second label predictor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VADA: DANN with target entropy and virtual adversarial training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the domain-adversarial loss (the paper&apos;s digits: 0.01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source VAT weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of virtual adversarial training on the source (the paper: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the target&apos;s entropy and virtual adversarial loss (the paper&apos;s digits: 0.01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length (L2, over an image&apos;s pixels in [0, 1]) of the adversarial perturbation the prediction must withstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units in each hidden layer of the domain classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT loss (source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much a small worst-case change of a source image changes its prediction (KL divergence): low when the decision boundary stays away from the images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT loss (target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same for the target&apos;s images: low when the boundary passes between the target&apos;s clusters, not through them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adabn needs a backbone with batch norm (lenet_bn, lenet_bn_dropout or resnet); model.backbone is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown backbone &apos;%1&apos;; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 share no class name: the images are translated, but the classifier&apos;s target accuracy is not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translate needs square images whose side is a multiple of 4 (two halvings); &apos;%1&apos; has %2x%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translator %1: %2 parameters in its encoders and generators, %3 in its two discriminators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image translation (UNIT, MUNIT): redraw the source in the target&apos;s style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How an image is coded between the domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIT (Liu et al. 2017): one latent space both domains share, with a Gaussian prior; one translation per image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MUNIT (Huang et al. 2018): a shared content code and a style code per domain; many translations per image, one per style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translator learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam&apos;s step size for the encoders, generators and discriminators (both papers: 0.0001, beta1 0.5); training.lr is the classifier&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels of the first convolution; the code at a quarter of the image&apos;s side has twice as many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of MUNIT&apos;s style code (the paper: 8); UNIT has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAN weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the least-squares GAN terms (both papers: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconstruction weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of each domain&apos;s image reconstruction, L1 (both papers: 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIT: weight of the latent code&apos;s KL term to its N(0, I) prior (the UNIT release: 0.01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the cycle reconstruction: translated there and back, an image must come back (UNIT: 10; MUNIT&apos;s style-augmented cycle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle KL weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIT: weight of the KL term of the translations&apos; codes (0.01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style reconstruction weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MUNIT: weight of recovering the style a translation was given (the paper: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content reconstruction weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MUNIT: weight of recovering the content code of a translation (the paper: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semantic weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of keeping the class: the classifier must give a translation its source label (CyCADA&apos;s semantic consistency); 0 leaves it to the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test images of each domain in the sample grid drawn at each evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MUNIT: styles drawn for each sample image in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAN loss (generators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the discriminators are from taking the translations for real images (least squares, per domain); it stays near 0.5 when the two sides are even.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAN loss (discriminators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How badly the discriminators tell real images from translations (least squares, per domain); about 0.5 when they cannot tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconstruction loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean absolute pixel difference between an image and its encoding decoded in its own domain (pixels in [-1, 1]); it falls first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIT: the mean squared latent code, its divergence from the N(0, I) prior both domains share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean absolute pixel difference between an image and its translation translated back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle KL loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIT: the KL term of the translations&apos; codes when coded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>style reconstruction loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MUNIT: how far the style read back from a translation is from the style it was given (mean absolute difference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content reconstruction loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MUNIT: how far the content code read back from a translation is from the original&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semantic loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How wrong the classifier is about the translated source images&apos; labels (cross-entropy), which the generators learn to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translated source accuracy (training batches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the translated source batch the classifier labels correctly; it learns from these translations too (pixel-level adaptation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translator (encoders and generators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a %2 run, not a translation run (method translate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds no translator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a UNIT run has no styles to take from an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--styles is %1; it must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a UNIT run gives one translation per image; --styles needs a MUNIT run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: exists and is not empty; choose another --out (nothing was written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no images to translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create a folder beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image of %1x%2 cannot be translated by a model of %3x%3 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image&apos;s %1 bytes are not %2x%2 pixels of 1 or 3 channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reconstructed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2, style %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translate.model is &apos;%1&apos;; expected unit or munit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the words zero to nine from 9 synthetic voices (espeak-ng, Flite) as log-mel spectrograms; speakers are domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoken digits, source speakers: three espeak-ng voices (en-us+m3, en+f2, en+m1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoken digits, target speakers: three recorded Flite voices (slt, awb, rms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: class &apos;%2&apos; (%3) has no readable images or recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dataset &apos;%1&apos;; expected digits, digits-m, syndigits, fashion, shapes, spoken-digits, folder:PATH or idx:PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoken-digits: espeak-ng cannot start; its voices come with Debian&apos;s espeak-ng-data package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoken-digits: cannot start espeak-ng (no pipe: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoken-digits: espeak-ng could not speak &apos;%1&apos; with voice &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoken-digits: no Flite voice &apos;%1&apos;; Flite has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoken-digits: voice &apos;%1&apos; should be espeak:VOICE (e.g. %2) or flite:VOICE (e.g. %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoken-digits: espeak-ng has no voice &apos;%1&apos; (`espeak-ng --voices=en` lists them; variants such as +m3 or +f2 follow the language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoken-digits: Flite could not speak &apos;%1&apos; with voice &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: names no voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: voice %2 is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no item %2 in its %3 split, which has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAV file %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the files into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: does not fit this run (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the run is complete (%2 of %3 steps); nothing to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the run diverged at step %2; resuming would repeat it (train it again with a smaller training.lr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: method &apos;%2&apos; keeps state its checkpoint does not hold yet, so it cannot resume; train it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no checkpoint yet (the run ended before its first evaluation at step %2); train it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: experiment.json was edited after the run started (model.pt was trained with another recipe); resume refuses: train the edited experiment as a new run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written by a version of twb that kept no resume state; train the run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds fewer rows than the checkpoint of step %2 was written with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed at step %1 of %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an unfinished run (no summary.json: still training, or killed); &apos;twb train --resume %1&apos; continues it from its last checkpoint</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: no language &apos;%2&apos;; spoken-digits:lang= takes one of %3 (languages whose espeak-ng voices say the ten digits as number words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a spoken-digits spec; expected spoken-digits, spoken-digits-a, spoken-digits-b, spoken-digits:speakers=a|b, spoken-digits:lang=LANG (e.g. %2) or spoken-digits:voices=VOICE,VOICE (e.g. %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoken languages: the ten digits spoken in Finnish (the main task), English, German, French and Spanish; one dataset and one head per language, one trunk (Huang et al. 2013)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: model.pt was trained with another experiment than this folder&apos;s experiment.json (a file copied from another run, or edited since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a damaged model.pt (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the experiment &apos;%2&apos; of run &apos;%3&apos; is neither beside the lesson nor a shipped example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1&apos; of this lesson first: &apos;%2&apos; starts from its model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text or an object of texts by language ({&quot;en&quot;: &quot;…&quot;, &quot;zh_CN&quot;: &quot;…&quot;})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a lesson key; known here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &apos;%1&apos;, which the window does not have; use one of: %2, or curve:METRIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a name without spaces, dots or braces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &apos;%1&apos;; expected train or sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of experiment keys and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true, false or a list of methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the lesson&apos;s number, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive number of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the id of an earlier run too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the condition &apos;%2&apos; does not read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a {number} in the text does not read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero-shot loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss of zeroshot.loss. margin: an image must score its own class&apos;s description higher than every other seen class&apos;s by the margin; devise: the same hinge summed over every other class; l2: only the squared distance to its own class&apos;s description, which falls to 0 when everything collapses to one point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out &apos;%1&apos; is a folder, not a file to write the report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out &apos;%1&apos; must end in .html or .pdf (the format of the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out &apos;%1&apos; cannot be written: its folder &apos;%2&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out &apos;%1&apos; cannot be written: its folder &apos;%2&apos; is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist (a report needs a run directory or a folder of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file, not a run directory or a folder of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no finished run directory (experiment.json, metrics.csv, summary.json) to report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spread of the class descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean distance between two classes&apos; descriptions g(y) in the joint space, at each evaluation. The naive l2 loss shrinks it towards 0: the collapse, which a map cannot show because t-SNE rescales what it is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read as a model checkpoint (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no map to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode %1 as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class embeddings g(y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unseen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class embedding g(y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>described, never seen in training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen in training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image #%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::AttributeTableModel</name>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: training never sees this class; it is recognised by its description alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-1 on this unseen class&apos;s test images, the unseen classes the only candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-1 on this class&apos;s test images, every class a candidate (generalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESZSL baseline: top-1 among the unseen classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConSE baseline: top-1 among the unseen classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unseen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-1 (ZSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-1 (GZSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESZSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConSE</source>
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
    <name>twb::ui::ConfusionCellImages</name>
    <message>
        <source>Click a cell of a matrix to see its images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true %1, predicted %2 (image %3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: true %2 → predicted %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::ConfusionJob</name>
    <message>
        <source>the predictions could not be computed for an unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::ConfusionMatrixView</name>
    <message>
        <source>Accuracy %1 · %2 of %3 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true %1 → predicted %2: %3 of the %4 images of %1 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::ConfusionPanel</name>
    <message>
        <source>No finished run yet: train one, or open a run directory with File &gt; Open Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the predictions of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right against left: %1, %2 · accuracy %3 percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed: %1 (+%2 images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broke: %1 (−%2 images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run to compare against, by default the lower bound of the selected run&apos;s comparison; its matrix on the target&apos;s test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run compared: its diagonal cells are framed green where more images of the class are right than on the left, red where fewer are</source>
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
        <source>Export Curves as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Curve Data as CSV</source>
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
    <message>
        <source>Lambda, loss weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ln 2: domain loss at chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This method trains on the target&apos;s training labels; target test accuracy is measured on the target&apos;s test split, which training never sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First the source model: plain training on the source&apos;s labels. The fine-tuning on the target starts when it ends, with curves of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (raw)</source>
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
    <name>twb::ui::DescribeClassBox</name>
    <message>
        <source>Describe a new class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributes, e.g. red circle filled=0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one or more words, e.g. winter boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributes, e.g. %1 %2=0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;small&gt;Its embedding g is the run&apos;s map of the words&apos; mean vector; the %1 images nearest it are ringed and listed.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;small&gt;Attributes (1 when named, or name=value, or one number each): %1. Its embedding g(a) is the run&apos;s learned map; the %2 images nearest it are ringed and listed.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed the joint layer of a zero-shot run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: %1</source>
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
    <message>
        <source>Only classes %1 of it, as the experiment&apos;s %2.classes says; a run numbers them 0, 1, … in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run of this experiment trains on one labelled image per class of this training split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run of this experiment trains on %1 labelled images per class of this training split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 of its %2 images, drawn with the seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1.labels_per_class). The samples and counts show the whole split.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::EmbeddingCaption</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, %3 steps, seed %4; unseen top-1 %5 (unseen classes the only candidates); generalised: seen %6, unseen %7, harmonic mean %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, on %3 → %4, %5 steps, seed %6; target test accuracy %7 (source %8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 → %3, seed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. t-SNE stopped at iteration %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, joint space: class separation %2&lt;br&gt;&lt;small&gt;%3&lt;br&gt;%4. ● image of a seen class, ◆ of an unseen class, ★ class embedding g(y); colour = class.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, proxy A-distance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, layer %2: domain mixing %3%4, class separation %5&lt;br&gt;&lt;small&gt;%6&lt;br&gt;%7. ● source, ▲ target; colour = class.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::EmbeddingExports</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Embedding for TensorBoard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no map to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no features to export yet: run the embedding first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::EmbeddingJob</name>
    <message>
        <source>the embedding failed for an unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::EmbeddingLegend</name>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::EmbeddingMap</name>
    <message>
        <source>Choose a trained run and a layer, then Run. Wheel zooms, drag pans, double-click fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running t-SNE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracting %1 features…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running t-SNE on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration %1 of %2, KL divergence %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at iteration %1 (KL divergence %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 iterations, KL divergence %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::EmbeddingNumbers</name>
    <message>
        <source>&lt;i&gt;Domain mixing and class separation appear here once features are extracted.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t-SNE: perplexity %1, %2 iterations, seed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Proxy A-distance %1&lt;/b&gt;&lt;br&gt;&lt;small&gt;a linear classifier trained on half of the images tells the other half&apos;s domain right %2 of the time; 0 = indistinguishable, 2 = apart&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Domain mixing %1&lt;/b&gt;&lt;br&gt;&lt;small&gt;fraction of each point&apos;s %2 nearest neighbours (in the %3-d %4 features) from the other domain; 0.5 = mixed, 0 = apart&lt;/small&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Class separation %5&lt;/b&gt; (target %6)&lt;br&gt;&lt;small&gt;fraction of those neighbours with the same label&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Unseen images nearest their own class: %1&lt;/b&gt; of %2 among the %3 unseen classes (%4), %5 among all %6 classes&lt;br&gt;&lt;small&gt;nearest class embedding ★ by cosine in the %7-d joint space, as the map draws it; the run&apos;s own scores are in its results&lt;/small&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Class separation %8&lt;/b&gt;&lt;br&gt;&lt;small&gt;fraction of each image&apos;s %9 nearest neighbours with the same label&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::EmbeddingPanel</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map is still being computed with the old settings. Restart it with the new ones?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a trained run first (Open… or the Runs list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this map beside the next one, to compare two runs or two layers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::EmbeddingRunChooser</name>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed a run directory from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conv2 is the feature layer DANN aligns; fc1 and fc2 are the label predictor&apos;s; joint (zero-shot runs) is the space of image and class embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test images drawn at random (with the seed) from each domain; 0 takes all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Trained Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::ExamplesMenu</name>
    <message>
        <source>Source only: digits → digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick first run: source and target are the same digits, so there is no domain shift to overcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source only: digits → digits-m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lower bound: trained on plain digits, tested on digits blended with photos; shows what the domain shift costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target only: digits → digits-m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upper bound: trained on digits-m&apos;s own labels, the accuracy an adaptation method hopes to approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANN: digits → digits-m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANN with domain confusion: digits → digits-m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same gap with the confusion adversary: the features ask the domain classifier to say 50 % for every image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANN: synthetic digits → digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning from synthetic data: digits rendered from fonts are the labelled source, real handwriting the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune: Fashion-MNIST 0–4 → 5–9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model of five garment classes starts five new ones with 10 labels each; try freezing layers in the Model panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multitask: digit, parity and greater than 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One shared trunk, three heads on the same digits: the class, whether it is even, and whether it is above 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multitask: 10 labels per digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only 10 labelled images per digit class; parity and greater than 4, known for every image, help train the shared trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multitask: 10 labels per digit, uncertainty weighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same few labels, each task&apos;s loss weighted by its learned uncertainty (Kendall, Gal and Cipolla 2018) instead of fixed weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multitask: 10 labels per Fashion-MNIST class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only 10 labelled images per garment class, helped by the coarse group (tops, bottoms, footwear, bags) known for every image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multitask: digits and Fashion-MNIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two different datasets share one trunk, each with its own head: does one task help the other or get in its way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-shot: shapes, 8 unseen combinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour, shape and fill as attributes; 8 combinations never seen in training are recognised from their description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-shot: Fashion-MNIST, 3 unseen classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pullover, Dress and Sandal are held out of training and recognised from hand-made garment attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain adaptation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multitask learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-shot learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient reversal on the DANN paper&apos;s MNIST → MNIST-M gap, with batch norm, dropout and each domain normalised with its own statistics; watch the target accuracy climb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANN, the paper&apos;s recipe: digits → digits-m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same gap with the paper&apos;s LeNet and SGD schedule: on these small datasets it closes far less of the gap than the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source only: spoken digits, voices A → B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech, where speakers are domains: trained on three espeak-ng voices saying zero to nine, tested on three recorded Flite speakers; click a spectrogram in the Datasets panel to hear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune: spoken digits, voices A → B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model of three synthetic voices starts three other speakers with 5 labels per word; in the Model panel, sweep the last layers beside the Fashion-MNIST sweep of the first ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune: spoken digits A → B, fully connected network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network speech recognisers were when the lecture&apos;s result was found, 50 labels per word: sweep the last layers and see them transfer where the first ones do not</source>
        <translation></translation>
    </message>
    <message>
        <source>Multitask: spoken digits in five languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multilingual speech recognition: one trunk, a head per language; Finnish has 5 labels per digit, English, German, French and Spanish all theirs (Huang et al. 2013)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune: digits → digits-m, 10 labels per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same ten classes in a new domain: a model of plain handwritten digits starts the digits on photos from 100 labelled images (lesson 1)</source>
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
    <name>twb::ui::ExperimentModel</name>
    <message>
        <source>Source dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target dataset %1</source>
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
        <source>How fast λ rises (the DANN paper uses 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ganin: the learning rate decays as lr/(1+10p)^0.75; constant: it stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate every %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning-rate schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ gamma: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ max: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ warm-up: %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ &amp;warm-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ganin: λ rises from 0 to its max as 2/(1+exp(−γp))−1; warmup: λ ramps up as exp(−5(1−t)²) over the warm-up steps, so the term barely acts while the classifier first learns; constant: λ is its max throughout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of the method&apos;s adaptation term (DANN&apos;s reversed gradient or confusion loss, an alignment or entropy term) once it has ramped up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps over which the warmup schedule ramps λ up to its max</source>
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
    <name>twb::ui::LayerSweepPlot</name>
    <message>
        <source>target test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k: the last k layers before the head copied from the source model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k: the first k layers copied from the source model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, last k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, first k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, fine-tuned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solid: copied layers frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed: copied layers fine-tuned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dotted: from scratch (k = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k: layers copied from the source model (first k from the input up, last k from the head down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = 0, nothing copied: from scratch, target accuracy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = %1, copied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frozen: target accuracy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fine-tuned: target accuracy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points against this pair&apos;s scratch baseline (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (scratch %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k: layers copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::LessonPanel</name>
    <message>
        <source>Lesson %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson&apos;s runs have not all finished: nothing is said yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question for the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While it runs, look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the lesson&apos;s other experiments too: this part is written from all their numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the lesson&apos;s experiments first: this part is written from the numbers they write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the full-length recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ All lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson, what its runs showed, their curves, results and recipes, as a web page or a PDF to hand out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (took %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 min on two cores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::LessonsPage</name>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lecture on transfer learning, one lesson per part. Each opens its prepared experiment, runs it in a few minutes on this computer, points at what to watch, and afterwards says what the run&apos;s own numbers show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a lesson file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 About %2 min.</source>
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
        <source>Compare Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Baselines Too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a method, also run the baselines it is compared with, on the same recipe: %1 and %2 for domain adaptation, training from scratch for fine-tuning, each task alone for multitask learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: %1 · %2 · seed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2[*] — Transfer Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a stopped or killed run from its last checkpoint to its planned steps, as if it had never stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less&amp;ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Lesson &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a lesson a teacher wrote (docs/lessons.md says how)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, larger text, high-contrast curves and only the panels the lesson needs; F11 again to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Lesson File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the lesson&apos;s experiment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::MethodComparisonChart</name>
    <message>
        <source>%1%2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
A-dist. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed %1: %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target test accuracy: %1 ± %2 % (mean ± sd over seeds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy A-distance: %1 ± %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ± %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower bound: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper bound: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the lower bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target test accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: mean ± sd over seeds, a dot per seed; above each, the gap closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished runs to compare yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the bounds so far: each method&apos;s bar appears when its run finishes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::MethodComparisonPanel</name>
    <message>
        <source>%1 · %2 · %3 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Method Comparison as Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Method Comparison as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Method Comparison as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comparison:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on the same domains, backbone and steps are one comparison; pick which one to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as an image or a document, or its numbers as CSV</source>
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
    <name>twb::ui::MethodSettingsForm</name>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::ModelPanel</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backbone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LR ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen: the layer&apos;s weights (and batch-norm statistics) do not train.
LR ×: the layer&apos;s learning rate is the base rate times this.
Re-init: fine-tuning starts this layer from fresh weights instead of the source model&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which layers transfer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For k = 0..L, copy the first k layers of a source model into the target model, keep them frozen or fine-tune them, and plot the target accuracy (Yosinski et al. 2014)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the last layers instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backbone cannot be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (batch norm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unused: one head per task)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainable: %1 parameters · Frozen: %2 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfreeze %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-init %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1&apos;s source weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate of %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backbone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source model: %1 on the source task%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = %1 %2: target accuracy %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; press the button again to resume where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep finished; its runs are in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sweep failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sweep ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared trunk: %1 parameters trainable · %2 frozen; each task adds its own head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1&apos;s %2 (%3): %4 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-domain batch statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the source and the target batch through the network one at a time, so that batch norm normalises each domain with its own statistics (model.batch_stats per_domain), as the public DANN code does. Unchecked, both batches share one set of statistics. Only backbones with batch norm have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint batch statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the finished sweeps kept in the plot. A sweep run again reads its finished cells back from disk, so an image sweep and a speech sweep can be put side by side again in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::MultitaskDiagram</name>
    <message>
        <source>Multitask: the backbone up to the layer before its head is one trunk shared by every task;
each task adds its own linear head. Frozen trunk layers (grey, locked) do not train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (frozen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w₀ %1 (learned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::NeighboursAndSelection</name>
    <message>
        <source>Neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a point to list its nearest neighbours in feature space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+drag to lasso points, or drag a rectangle with the right button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Its %2 nearest neighbours in the joint space: %3 with the same label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Its %2 nearest neighbours in the %3 features: %4 from the other domain, %5 with the same label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points selected: %2 source, %3 target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The %2 images nearest its embedding: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::PinnedEmbedding</name>
    <message>
        <source>Remove the pinned map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::PlotExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
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
    <name>twb::ui::ReportExport</name>
    <message>
        <source>Export &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a handout of the selected runs or the open comparison: recipe, curves, results with baselines, seeds (HTML or PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run in the Runs list, or open a folder of runs (File &gt; Open Run), to make a report of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report is being written; try again when it is done.</source>
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
    <message>
        <source>Per task (test acc.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy A-dist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the run&apos;s own domain classifier tells the source and target test images apart (balanced; 50% is chance). Only adversarial methods have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy A-distance of the features, 2 (1 − 2 ε): ε is the held-out error of a linear classifier trained to tell source from target test images apart. 0: the domains are indistinguishable; 2: fully separable. The same probe for every method, so baselines compare (Ben-David et al. 2007; Ganin et al. 2016).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ± %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method&apos;s own settings, as the method sums up its recipe; — where it has none to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the gap between the bounds a run closes on the target&apos;s test accuracy: (target − %1) / (%2 − %3), from the means of its comparison&apos;s two bounds. 0%: no better than the lower bound; 100%: as good as the upper. — without both bounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm-up %1 steps, max %2</source>
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
        <source>Mean ± sample standard deviation over seeds: runs that differ only in their seed are one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean ± sd over seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per recipe: runs with the same experiment but the seed, ended the same way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each method between its baselines: %1 (lower bound), %2 (upper bound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baselines are matched by their data (as each method compares its runs), seed, steps and backbone</source>
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
    <message>
        <source>The run cannot resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming “%1” at step %2 of %3, run directory %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::RunLabel</name>
    <message>
        <source>stopped at step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged at step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed, %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · seed %3 · %4 · %5%</source>
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
        <source>Open &amp;Run…</source>
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
        <source>Select several runs (Ctrl or Shift) to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each selected method&apos;s baselines beside it, the newest of each kind: the lower bound (%1) and the upper bound (%2), or the baselines its method names instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no run directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a run directory from disk beside this session&apos;s runs, or a folder of them (twb compare --out), whose runs join the list as they finish</source>
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
        <source>The log of a run appears here once you press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (no source model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run was written before run logs were kept: only its summary is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run summary</source>
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
        <source>Select runs in the Runs panel to compare them here; dashed: the lower bound (%1), dotted: the upper bound (%2).</source>
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
    <name>twb::ui::TaskFields</name>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 labels per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;asks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss &amp;weights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels per c&amp;lass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled training images per class for the first task; the other tasks keep all their labels. 0: all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed: each task&apos;s loss times its weight; uncertainty: weights learned from each task&apos;s uncertainty (Kendall, Gal &amp; Cipolla 2018)</source>
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
<context>
    <name>twb::ui::TranslationDetail</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 styles (seed %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close: the grid takes the whole tab again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw new styles from the prior: the same content, drawn another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style of an image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate in the style of one image of %1: click one in the grid, or drop an image file on this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an image of %1 in the grid, or drop an image file here, to take its style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click another image in the grid, or drop an image file on this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 · model at step %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the style of this %1 image, and the input in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation translated back into %1: the cycle that training asks to give the input again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::TranslationGridView</name>
    <message>
        <source>%1, image %2: click to translate it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::TranslationPanel</name>
    <message>
        <source>Export the translation grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No translation run yet. Choose the method %1 in the Experiment panel and press Start, or open a translation run&apos;s directory with File &gt; Open Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample grid yet: the run draws one at each evaluation, every %1 steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no grid to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training step the grid was drawn at; the run draws a new one at each evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No losses logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an image to translate it, or drop an image file on this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dropped image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation run whose grid is shown: the live one, or any listed in the Runs dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which test images the grid shows: each row is what the model made of them (translated, reconstructed in their own domain, translated there and back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All curves…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The losses&apos; curves, GAN, reconstruction, KL and cycle, are in the Curves tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the grid as shown, with the rows&apos; names, as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 test image, column %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::UtteranceBar</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as WAV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Utterance as WAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a spectrogram first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a spectrogram to hear it; right-click to save it as WAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a spectrogram to hear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not played (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the clicked utterance again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save WAV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the clicked utterance as a WAV file (16 kHz, mono, 16-bit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::UtterancePlayer</name>
    <message>
        <source>the audio output could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audio output stopped reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audio output is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audio output failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::ZeroShotPanel</name>
    <message>
        <source>Open an Attribute Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Last run&lt;/b&gt; (%1): unseen top-1 &lt;b&gt;%2&lt;/b&gt; (chance %3); generalised: seen %4, unseen %5, harmonic mean %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Baselines, unseen top-1: ESZSL %1, ConSE %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the classes with your own attribute CSV (class, then one column per attribute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class descriptions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in table of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class descriptions of &lt;b&gt;%1&lt;/b&gt; from %2%3. Checked classes are &lt;b&gt;unseen&lt;/b&gt;: training never sees them. Double-click a value to edit it; the next run uses the table as shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the attribute table %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twb::ui::help::ConceptsWindow</name>
    <message>
        <source>Concepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Concepts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short explanations of the ideas this window shows: fine-tuning, the baselines, DANN, the domain measures, t-SNE and zero-shot learning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
