#pragma once
// The narrow torch headers core's torch sources use, precompiled once.
#include <torch/nn/module.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/pooling.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/functional/activation.h>
#include <torch/nn/functional/loss.h>
#include <torch/optim/sgd.h>
#include <torch/optim/adam.h>
#include <torch/serialize.h>
#include <torch/utils.h>
#include <torch/cuda.h>
#include <torch/csrc/autograd/custom_function.h>
#include <torch/nn/functional/loss.h>
#include <torch/nn/modules/activation.h>
